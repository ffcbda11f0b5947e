package io.ghlsync.ops.dashboard;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.databind.JsonNode;

import io.ghlsync.ConditionalOnSync;
import io.ghlsync.mapping.Mapper;
import io.ghlsync.mapping.SampleSource;
import io.ghlsync.ops.AdminRequestException;

/**
 * What the dashboard's mapping preview offers to pick: {@code GET /api/dashboard/mappings} lists each customer
 * folder's usable templates with the model they read, and {@code GET /api/dashboard/mappings/{customer}/{template}/sample}
 * answers the realistic sample the preview would use without a body. The preview itself is
 * {@code POST /api/mappings/{customer}/{template}/preview}.
 */
@RestController
@ConditionalOnSync
class MappingCatalogController {

    record Template(String name, String source) {
    }

    record Customer(String customer, List<Template> templates) {
    }

    private final Mapper mapper;
    private final SampleSource samples;

    MappingCatalogController(Mapper mapper, SampleSource samples) {
        this.mapper = mapper;
        this.samples = samples;
    }

    @GetMapping("/api/dashboard/mappings")
    List<Customer> customers() {
        return mapper.allCustomers().stream()
                .map(customer -> new Customer(customer, mapper.templates(customer).stream()
                        .map(template -> new Template(template, mapper.sourceModel(customer, template)))
                        .toList()))
                .toList();
    }

    @GetMapping("/api/dashboard/mappings/{customer}/{template}/sample")
    JsonNode sample(@PathVariable String customer, @PathVariable String template) {
        // Only names the catalog lists reach the mapping package: nothing typed in becomes a path.
        if (!mapper.allCustomers().contains(customer) || !mapper.templates(customer).contains(template)) {
            throw AdminRequestException.notFound("no usable template '" + template + "' for customer '" + customer + "'");
        }
        String model = mapper.sourceModel(customer, template);
        return samples.sample(customer, model).orElseThrow(
                () -> AdminRequestException.notFound("no sample of " + model + " is bundled; paste one"));
    }
}
