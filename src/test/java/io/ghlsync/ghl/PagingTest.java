package io.ghlsync.ghl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Paging rules against canned pages in every shape docs/api-research.md §1.4 documents (the spec
 * is silent or contradicts itself): which request follows which page, and where the stream ends.
 * The same rules run against the simulator in {@code GhlComponentTest}.
 */
class PagingTest {

    private final ObjectMapper mapper = new ObjectMapper();
    private final List<GhlCall> sent = new ArrayList<>();

    @Test
    void getContactsFollowsTheMetaCursorUntilThereIsNoNextPage() {
        List<String> ids = ids(OperationCatalog.require("getContacts"), Map.of("locationId", "loc"), null,
                "{\"contacts\":[{\"id\":\"a\"},{\"id\":\"b\"}],\"meta\":{\"startAfterId\":\"b\",\"startAfter\":1700,\"nextPageUrl\":\"https://x\",\"total\":3}}",
                "{\"contacts\":[{\"id\":\"c\"}],\"meta\":{\"startAfterId\":\"c\",\"startAfter\":1800,\"nextPageUrl\":null,\"nextPage\":null,\"total\":3}}");
        assertThat(ids).containsExactly("a", "b", "c");
        assertThat(sent.get(0).query()).containsEntry("limit", "100").doesNotContainKey("startAfterId");
        assertThat(sent.get(1).query()).containsEntry("startAfterId", "b").containsEntry("startAfter", "1700");
        assertThat(sent).hasSize(2);
    }

    @Test
    void getContactsWithOnlyACountTakesTheCursorFromTheLastContactAndStopsOnAnEmptyPage() {
        List<String> ids = ids(OperationCatalog.require("getContacts"), Map.of("locationId", "loc", "limit", 2), null,
                "{\"contacts\":[{\"id\":\"a\"},{\"id\":\"b\",\"dateAdded\":\"2021-07-02T05:18:26.704Z\"}],\"count\":2}",
                "{\"contacts\":[],\"count\":0}");
        assertThat(ids).containsExactly("a", "b");
        assertThat(sent.get(1).query()).containsEntry("startAfterId", "b").containsEntry("startAfter", "1625203106704")
                .containsEntry("limit", "2");
    }

    @Test
    void searchPagesByPageNumberUntilTheTotalIsReached() {
        List<String> ids = ids(OperationCatalog.require("searchContactsAdvanced"), Map.of(), Map.of("pageLimit", 2),
                "{\"contacts\":[{\"id\":\"a\"},{\"id\":\"b\"}],\"total\":3}",
                "{\"contacts\":[{\"id\":\"c\"}],\"total\":3}");
        assertThat(ids).containsExactly("a", "b", "c");
        assertThat(sent.get(0).body().get("page").asInt()).isEqualTo(1);
        assertThat(sent.get(0).body().get("locationId").asText()).isEqualTo("loc");
        assertThat(sent.get(1).body().get("page").asInt()).isEqualTo(2);
    }

    @Test
    void searchReadsTheTotalFromMetaToo() {
        List<String> ids = ids(OperationCatalog.require("searchContactsAdvanced"), Map.of(), Map.of("pageLimit", 1),
                "{\"contacts\":[{\"id\":\"a\"}],\"meta\":{\"total\":1}}");
        assertThat(ids).containsExactly("a");
        assertThat(sent).hasSize(1);
    }

    @Test
    void searchStartedWithACursorContinuesWithEachPagesLastSearchAfter() {
        ids(OperationCatalog.require("searchContactsAdvanced"), Map.of(), Map.of("searchAfter", List.of(0, "x"), "pageLimit", 1),
                "{\"contacts\":[{\"id\":\"a\",\"searchAfter\":[5,\"a\"]}],\"total\":2}",
                "{\"contacts\":[{\"id\":\"b\",\"searchAfter\":[6,\"b\"]}],\"total\":2}");
        assertThat(sent.get(1).body().get("searchAfter").toString()).isEqualTo("[5,\"a\"]");
        assertThat(sent.get(1).body().has("page")).isFalse();
    }

    @Test
    void searchSwitchesToTheCursorWhereNumberedPagesStopReaching() {
        ids(OperationCatalog.require("searchContactsAdvanced"), Map.of(), Map.of("page", 33, "pageLimit", 300),
                "{\"contacts\":[{\"id\":\"a\",\"searchAfter\":[5,\"a\"]}]}",
                "{\"contacts\":[]}");
        assertThat(sent.get(1).body().get("searchAfter").toString()).isEqualTo("[5,\"a\"]");
    }

    @Test
    void contactsOfABusinessPageBySkip() {
        List<String> ids = ids(OperationCatalog.require("getContactsByBusinessId"), Map.of("businessId", "biz", "limit", "2"), null,
                "{\"contacts\":[{\"id\":\"a\"},{\"id\":\"b\"}],\"count\":3}",
                "{\"contacts\":[{\"id\":\"c\"}],\"count\":3}",
                "{\"contacts\":[],\"count\":3}");
        assertThat(ids).containsExactly("a", "b", "c");
        assertThat(sent.get(1).query()).containsEntry("skip", "2");
        assertThat(sent.get(2).query()).containsEntry("skip", "3");
    }

    @Test
    void aCursorThatDoesNotMoveIsAnErrorNotAnEndlessLoop() {
        Operation op = OperationCatalog.require("getContacts");
        String stuck = "{\"contacts\":[{\"id\":\"a\"}],\"meta\":{\"startAfterId\":\"a\",\"startAfter\":1,\"nextPageUrl\":\"x\"}}";
        assertThatThrownBy(() -> ids(op, Map.of("locationId", "loc"), null, stuck, stuck, stuck))
                .isInstanceOf(MalformedResponseException.class)
                .hasMessageContaining("did not advance");
    }

    @Test
    void aPageWithoutAContactsArrayIsMalformed() {
        assertThatThrownBy(() -> ids(OperationCatalog.require("getContacts"), Map.of("locationId", "loc"), null, "{\"items\":[]}"))
                .isInstanceOf(MalformedResponseException.class)
                .hasMessageContaining("'contacts'");
    }

    @Test
    void onlyTheThreeListingOperationsPage() {
        assertThatThrownBy(() -> PageRule.of(OperationCatalog.require("getContact")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("getContact does not page")
                .hasMessageContaining("getContacts, searchContactsAdvanced, getContactsByBusinessId");
    }

    /** Pages the operation over canned answers (served in order) and returns the ids it yields. */
    private List<String> ids(Operation op, Map<String, ?> parameters, Object body, String... pages) {
        Map<String, Object> params = new LinkedHashMap<>(parameters);
        params.putIfAbsent("locationId", "loc");
        GhlCall call = new GhlCall(op, "loc", pathOf(op, params), queryOf(op, params),
                body == null ? (op.bodyRequired() ? mapper.createObjectNode() : null) : mapper.valueToTree(body));
        if (op.bodyLocationId()) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) call.body()).put("locationId", "loc");
        }
        PageRule rule = PageRule.of(op);
        PagedItems items = new PagedItems(next -> {
            sent.add(next);
            return read(pages[sent.size() - 1]);
        }, rule.first(call), rule);
        List<String> ids = new ArrayList<>();
        items.forEachRemaining(item -> ids.add(item.get("id").asText()));
        return ids;
    }

    private static Map<String, String> pathOf(Operation op, Map<String, Object> params) {
        Map<String, String> path = new LinkedHashMap<>();
        op.pathParameters().forEach(name -> path.put(name, String.valueOf(params.get(name))));
        return path;
    }

    private static Map<String, String> queryOf(Operation op, Map<String, Object> params) {
        Map<String, String> query = new LinkedHashMap<>();
        op.queryParameters().stream().filter(q -> params.containsKey(q.name()))
                .forEach(q -> query.put(q.name(), String.valueOf(params.get(q.name()))));
        return query;
    }

    private JsonNode read(String json) {
        try {
            return mapper.readTree(json);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
