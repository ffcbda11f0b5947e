package io.ghlsync.sandbox.ghl;

import static io.ghlsync.sandbox.ghl.SimulatorHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.ghlsync.SyncAppTest;
import io.ghlsync.sandbox.ghl.SimulatorHttp.Reply;

/** A contact's tasks, notes, appointments, followers, campaigns and workflows (contacts.json). */
@SyncAppTest
class GhlTasksNotesApiTest {

    @LocalServerPort
    int port;

    @Autowired
    GhlSimulator simulator;

    private SimulatorHttp ghl;
    private String contact;

    @BeforeEach
    void contactOfOurOwn() {
        ghl = SimulatorHttp.forPort(port);
        contact = ghl.post("/contacts/", json("{'locationId':'tasks-" + UUID.randomUUID() + "'}")).json()
                .at("/contact/id").asText();
    }

    @Test
    void aTaskNeedsTitleDueDateAndCompleted() {
        Reply reply = ghl.post(tasks(), json("{'body':'no title'}"));

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().get("message").toString()).contains("title should not be empty",
                "dueDate must be a valid ISO 8601 date string", "completed must be a boolean value");
    }

    @Test
    void aCreatedTaskAnswers201AndIsListed() {
        Reply created = ghl.post(tasks(), json("{'title':'Call back','dueDate':'2026-10-25T11:00:00Z','completed':false}"));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().at("/task/dueDate").asText()).isEqualTo("2026-10-25T11:00:00.000Z");
        assertThat(created.json().at("/task/contactId").asText()).isEqualTo(contact);
        assertThat(ghl.get(tasks()).json().get("tasks")).hasSize(1);
    }

    @Test
    void updateTaskCompletedMarksTheTaskDone() {
        String task = createTask();

        Reply reply = ghl.put(tasks() + "/" + task + "/completed", json("{'completed':true}"));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(ghl.get(tasks() + "/" + task).json().at("/task/completed").asBoolean()).isTrue();
    }

    @Test
    void anUpdateChangesOnlyTheFieldsSent() {
        String task = createTask();

        Reply reply = ghl.put(tasks() + "/" + task, json("{'title':'Call again'}"));

        assertThat(reply.json().at("/task/title").asText()).isEqualTo("Call again");
        assertThat(reply.json().at("/task/dueDate").asText()).isEqualTo("2026-10-25T11:00:00.000Z");
    }

    @Test
    void aDeletedTaskAnswersSucededAndIsGone() {
        String task = createTask();

        assertThat(ghl.delete(tasks() + "/" + task).json().toString()).isEqualTo("{\"succeded\":true}");
        assertThat(ghl.get(tasks() + "/" + task).status()).isEqualTo(404);
    }

    @Test
    void aNoteNeedsABody() {
        Reply reply = ghl.post(notes(), json("{'title':'empty'}"));

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().get("message").toString()).contains("body should not be empty");
    }

    @Test
    void aNoteIsReadUpdatedAndDeletedThroughItsIdPathParameter() {
        Reply created = ghl.post(notes(), json("{'body':'Prefers evenings','color':'#FFAA00'}"));
        String note = created.json().at("/note/id").asText();

        assertThat(created.status()).isEqualTo(201);
        assertThat(ghl.get(notes() + "/" + note).json().at("/note/body").asText()).isEqualTo("Prefers evenings");
        assertThat(ghl.put(notes() + "/" + note, json("{'body':'Prefers mornings'}")).json().at("/note/body").asText())
                .isEqualTo("Prefers mornings");
        assertThat(ghl.delete(notes() + "/" + note).json().get("succeded").asBoolean()).isTrue();
        assertThat(ghl.get(notes()).json().get("notes")).isEmpty();
    }

    @Test
    void appointmentsAreListedAsEvents() {
        simulator.user().createAppointment(contact, Map.of("title", "Intro session",
                "startTime", "2026-12-01T10:00:00Z", "endTime", "2026-12-01T11:00:00Z"));

        Reply reply = ghl.get("/contacts/" + contact + "/appointments");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().at("/events/0/title").asText()).isEqualTo("Intro session");
        assertThat(reply.json().at("/events/0/contactId").asText()).isEqualTo(contact);
    }

    @Test
    void followersAreAddedAndRemovedWithADeleteBody() {
        Reply added = ghl.post("/contacts/" + contact + "/followers", json("{'followers':['u1','u2']}"));
        Reply removed = ghl.delete("/contacts/" + contact + "/followers", json("{'followers':['u1']}"));

        assertThat(added.status()).isEqualTo(201);
        assertThat(added.json().get("followersAdded").toString()).isEqualTo("[\"u1\",\"u2\"]");
        assertThat(removed.status()).isEqualTo(200);
        assertThat(removed.json().get("followers").toString()).isEqualTo("[\"u2\"]");
        assertThat(removed.json().get("followersRemoved").toString()).isEqualTo("[\"u1\"]");
    }

    @Test
    void campaignsAndWorkflowsAnswerSuceded() {
        assertThat(ghl.post("/contacts/" + contact + "/campaigns/camp-1", "{}").status()).isEqualTo(201);
        assertThat(ghl.delete("/contacts/" + contact + "/campaigns/camp-1").json().get("succeded").asBoolean()).isTrue();
        assertThat(ghl.post("/contacts/" + contact + "/workflow/wf-1", json("{'eventStartTime':'2026-06-23T03:30:00+01:00'}"))
                .json().get("succeded").asBoolean()).isTrue();
        assertThat(ghl.delete("/contacts/" + contact + "/workflow/wf-1").status()).isEqualTo(200);
    }

    private String createTask() {
        return ghl.post(tasks(), json("{'title':'Call back','dueDate':'2026-10-25T11:00:00Z','completed':false}"))
                .json().at("/task/id").asText();
    }

    private String tasks() {
        return "/contacts/" + contact + "/tasks";
    }

    private String notes() {
        return "/contacts/" + contact + "/notes";
    }
}
