package io.ghlsync.mapping;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.ghlsync.ConditionalOnSync;
import io.ghlsync.RunMode;

/**
 * Creates the {@code mapper} bean from {@code ghlsync.mapping.*}. In live mode an invalid template
 * in any folder a location can reach stops the start-up (never half-apply a mapping); in sandbox
 * mode the problems are logged and the invalid templates are simply not used.
 */
@Configuration
@ConditionalOnSync
class MappingConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MappingConfiguration.class);

    @Bean
    Mapper mapper(MappingProperties properties, @Value("${" + RunMode.PROPERTY + ":sandbox}") String mode) {
        Path directory = Path.of(properties.directory());
        Mapper mapper = Mapper.load(directory, properties.customers());
        List<TemplateProblem> problems = mapper.problems(mapper.activeCustomers());
        if (problems.isEmpty()) {
            log.info("Mapping templates loaded from {}: customers {}", directory.toAbsolutePath(), mapper.activeCustomers());
            return mapper;
        }
        String report = problems.stream().map(TemplateProblem::toString).collect(Collectors.joining("\n  "));
        if (RunMode.fromProperty(mode) == RunMode.LIVE) {
            throw new IllegalStateException("Refusing to start in live mode with invalid mapping templates "
                    + "(ghlsync.mapping.directory=" + properties.directory() + "):\n  " + report);
        }
        log.error("\n*** INVALID MAPPING TEMPLATES — these templates will not be used (sandbox mode) ***\n  {}", report);
        return mapper;
    }

    @Bean
    @ConditionalOnProperty(name = "ghlsync.mapping.hot-reload", havingValue = "true")
    TemplateReloader templateReloader(Mapper mapper, MappingProperties properties) {
        return new TemplateReloader(mapper, properties.hotReloadInterval());
    }

    @Bean
    SampleSource mappingSamples(MappingProperties properties) {
        return new BundledSamples(Path.of(properties.directory()));
    }
}
