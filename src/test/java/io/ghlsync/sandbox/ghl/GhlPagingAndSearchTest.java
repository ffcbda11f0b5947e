package io.ghlsync.sandbox.ghl;

import static io.ghlsync.sandbox.ghl.SimulatorHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import io.ghlsync.SyncAppTest;
import io.ghlsync.sandbox.ghl.SimulatorHttp.Reply;

/** Reading many contacts: the deprecated list's cursor, search with filters and searchAfter (docs/api-research.md §1.4). */
@SyncAppTest
class GhlPagingAndSearchTest {

    @LocalServerPort
    int port;

    private SimulatorHttp ghl;
    private final String location = "paging-" + UUID.randomUUID();
    private final List<String> ids = new ArrayList<>();

    @BeforeEach
    void sevenContacts() {
        ghl = SimulatorHttp.forPort(port);
        String[] people = {"'firstName':'Ada','email':'ada@example.com','tags':['vip'],'source':'walk-in'",
            "'firstName':'Bo','email':'bo@example.org','tags':['lead']", "'firstName':'Cy','phone':'(555) 010-0003'",
            "'firstName':'Di','email':'di@example.com','tags':['vip','lead']", "'firstName':'Ed','source':'walk-in'",
            "'firstName':'Flo','email':'flo@example.org'", "'firstName':'Gus','tags':['member']"};
        for (String person : people) {
            ids.add(ghl.post("/contacts/", json("{'locationId':'" + location + "'," + person + "}")).json()
                    .at("/contact/id").asText());
        }
    }

    @Test
    void theListPagesWithStartAfterAndStartAfterIdUntilNoNextPage() {
        List<String> seen = new ArrayList<>();
        String next = "/contacts/?locationId=" + location + "&limit=3";
        int pages = 0;
        while (next != null) {
            Reply page = ghl.get(next);
            assertThat(page.status()).isEqualTo(200);
            page.json().get("contacts").forEach(contact -> seen.add(contact.get("id").asText()));
            JsonNode meta = page.json().get("meta");
            assertThat(meta.get("total").asInt()).isEqualTo(7);
            assertThat(page.json().get("count").asInt()).isEqualTo(7);
            assertThat(meta.get("currentPage").asInt()).isEqualTo(++pages);
            next = meta.get("startAfterId").isNull() ? null : "/contacts/?locationId=" + location + "&limit=3&startAfter="
                    + meta.get("startAfter").asLong() + "&startAfterId=" + meta.get("startAfterId").asText();
        }

        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void theNextPageUrlLeadsToTheNextPage() {
        Reply first = ghl.get("/contacts/?locationId=" + location + "&limit=4");
        String nextPageUrl = first.json().at("/meta/nextPageUrl").asText();

        Reply second = ghl.get(nextPageUrl.substring(ghl.baseUrl().length()));

        List<String> both = new ArrayList<>(idsOf(first));
        both.addAll(idsOf(second));
        assertThat(idsOf(second)).hasSize(3);
        assertThat(both).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(second.json().at("/meta/nextPageUrl").isNull()).isTrue();
        assertThat(second.json().at("/meta/prevPage").asInt()).isEqualTo(1);
    }

    @Test
    void listItemsHaveTheThinnerSearchShape() {
        JsonNode item = ghl.get("/contacts/?locationId=" + location + "&limit=1").json().at("/contacts/0");

        assertThat(item.has("firstName")).isFalse();
        assertThat(item.has("dateAdded")).isTrue();
        assertThat(item.has("customFields")).isTrue();
    }

    @Test
    void aLimitAbove100Is422() {
        Reply reply = ghl.get("/contacts/?locationId=" + location + "&limit=101");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().get("message").toString()).contains("limit must not be greater than 100");
    }

    @Test
    void theListNeedsALocationId() {
        assertThat(ghl.get("/contacts/?limit=5").status()).isEqualTo(422);
    }

    @Test
    void searchCombinesFiltersAndGroups() {
        Reply reply = search("'filters':[{'field':'tags','operator':'eq','value':'vip'},"
                + "{'group':'OR','filters':[{'field':'email','operator':'contains','value':'ada'},"
                + "{'field':'firstName','operator':'eq','value':'DI'}]}]");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("total").asInt()).isEqualTo(2);
        assertThat(names(reply)).containsExactlyInAnyOrder("Ada", "Di");
    }

    @Test
    void searchSupportsExistsNotEqAndPhoneMatching() {
        assertThat(names(search("'filters':[{'field':'email','operator':'not_exists'}]")))
                .containsExactlyInAnyOrder("Cy", "Ed", "Gus");
        assertThat(names(search("'filters':[{'field':'source','operator':'not_eq','value':'walk-in'},"
                + "{'field':'phone','operator':'eq','value':'+15550100003'}]"))).containsExactly("Cy");
    }

    @Test
    void searchFiltersDatesByRange() {
        assertThat(search("'filters':[{'field':'dateUpdated','operator':'range','value':{'gte':'2000-01-01T00:00:00Z'}}]")
                .json().get("total").asInt()).isEqualTo(7);
        assertThat(search("'filters':[{'field':'dateAdded','operator':'range','value':{'lt':946684800000}}]")
                .json().get("total").asInt()).isZero();
    }

    @Test
    void searchAfterWalksEveryContactOnceInSortOrder() {
        List<String> seen = new ArrayList<>();
        String after = "";
        while (true) {
            Reply page = search("'pageLimit':2,'sort':[{'field':'firstName','direction':'desc'}]" + after);
            JsonNode contacts = page.json().get("contacts");
            if (contacts.isEmpty()) {
                break;
            }
            contacts.forEach(contact -> seen.add(contact.get("firstName").asText()));
            after = ",'searchAfter':" + contacts.get(contacts.size() - 1).get("searchAfter").toString().replace('"', '\'');
        }

        assertThat(seen).containsExactly("Gus", "Flo", "Ed", "Di", "Cy", "Bo", "Ada");
    }

    @Test
    void pagePagingBeyond10000RecordsIsRefusedInFavourOfSearchAfter() {
        Reply reply = search("'page':21,'pageLimit':500");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().get("message").toString()).contains("use searchAfter");
    }

    @Test
    void anUnknownFilterFieldOrOperatorIs422() {
        Reply reply = search("'filters':[{'field':'shoeSize','operator':'like','value':'44'}]");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().get("message").toString()).contains("filters.0.field must be one of", "filters.0.operator");
    }

    @Test
    void contactsOfABusinessArePagedWithSkipAndLimit() {
        ghl.post("/contacts/bulk/business", json("{'locationId':'" + location + "','businessId':'biz-1','ids':['"
                + ids.get(0) + "','" + ids.get(1) + "','" + ids.get(2) + "']}"));

        Reply all = ghl.get("/contacts/business/biz-1?locationId=" + location);
        Reply second = ghl.get("/contacts/business/biz-1?locationId=" + location + "&skip=1&limit=1");

        assertThat(idsOf(all)).containsExactlyInAnyOrderElementsOf(ids.subList(0, 3));
        assertThat(second.json().get("count").asInt()).isEqualTo(3);
        assertThat(idsOf(second)).containsExactly(idsOf(all).get(1));
    }

    @Test
    void theDuplicateLookupFindsByEmailOrNumber() {
        assertThat(ghl.get("/contacts/search/duplicate?locationId=" + location + "&email=ADA%40example.com").json()
                .at("/contact/id").asText()).isEqualTo(ids.get(0));
        assertThat(ghl.get("/contacts/search/duplicate?locationId=" + location + "&number=%2B15550100003").json()
                .at("/contact/id").asText()).isEqualTo(ids.get(2));
        assertThat(ghl.get("/contacts/search/duplicate?locationId=" + location + "&email=nobody%40example.com").json()
                .get("contact").isNull()).isTrue();
    }

    private Reply search(String body) {
        return ghl.post("/contacts/search", json("{'locationId':'" + location + "'" + (body.isEmpty() ? "" : ",") + body + "}"));
    }

    private static List<String> idsOf(Reply reply) {
        List<String> found = new ArrayList<>();
        reply.json().get("contacts").forEach(contact -> found.add(contact.get("id").asText()));
        return found;
    }

    private static List<String> names(Reply reply) {
        List<String> names = new ArrayList<>();
        reply.json().get("contacts").forEach(contact -> names.add(contact.get("firstName").asText()));
        return names;
    }
}
