package io.ghlsync.target.pushpress;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import io.ghlsync.target.CallPolicy;
import io.ghlsync.target.RestAction;

/**
 * The live PushPress connection ({@code ghlsync.pushpress.*}). In sandbox mode the client ignores
 * the URL and credentials here and uses the simulator's ({@code ghlsync.pushpress.simulator.*}).
 *
 * @param baseUrl        Platform API v3 base URL (docs/api-research.md §3)
 * @param apiKey         the {@code API-KEY} header; from {@code GHLSYNC_PUSHPRESS_API_KEY}
 * @param companyId      the {@code company-id} header: the gym every call is scoped to
 * @param pageSize       {@code limit} of each page when reading every customer
 * @param updateCustomer {@code "METHOD /path"} of a customer update, with {@code {uuid}}; NOT part
 *                       of PushPress's published API, empty switches updates off (docs/targets.md)
 * @param deleteCustomer the same for deletes
 * @param http           timeouts and retries
 */
@Validated
@ConfigurationProperties("ghlsync.pushpress")
public record PushPressProperties(
        @DefaultValue("https://api.pushpress.com/v3") String baseUrl,
        @DefaultValue("") String apiKey,
        @DefaultValue("") String companyId,
        @DefaultValue("100") @Min(1) @Max(1000) int pageSize,
        @DefaultValue("PATCH /customers/{uuid}") String updateCustomer,
        @DefaultValue("DELETE /customers/{uuid}") String deleteCustomer,
        @DefaultValue @Valid @NotNull CallPolicy http) {

    private static final String UPDATE_PROPERTY = "ghlsync.pushpress.update-customer";
    private static final String DELETE_PROPERTY = "ghlsync.pushpress.delete-customer";

    public PushPressProperties {
        RestAction.parse(UPDATE_PROPERTY, updateCustomer, "uuid"); // a bad value stops startup here
        RestAction.parse(DELETE_PROPERTY, deleteCustomer, "uuid");
    }

    RestAction updateAction() {
        return RestAction.parse(UPDATE_PROPERTY, updateCustomer, "uuid");
    }

    RestAction deleteAction() {
        return RestAction.parse(DELETE_PROPERTY, deleteCustomer, "uuid");
    }

    @Override
    public String toString() {
        return "PushPressProperties[baseUrl=" + baseUrl + ", companyId=" + companyId + ", apiKey=***]";
    }
}
