// Sandbox mode: buttons that make the simulators act, so the sync and its recovery can be watched.
"use strict";

const Sandbox = {
  contactId: null,
  taskId: null,

  init() {
    Dom.byId("sandbox").hidden = false;
    Sandbox.on("sim-create", async () => {
      const contact = await Api.post("/api/dashboard/sandbox/contacts");
      Sandbox.contactId = contact.contactId;
      Sandbox.taskId = null;
      ["sim-edit", "sim-task", "sim-note"].forEach(id => { Dom.byId(id).disabled = false; });
      Dom.byId("sim-complete").disabled = true;
      return "Created contact " + contact.name + " (" + contact.contactId + ") in HighLevel";
    });
    Sandbox.on("sim-edit", async () => {
      await Api.post(Sandbox.contactPath("/edit"));
      return "Edited contact " + Sandbox.contactId;
    });
    Sandbox.on("sim-task", async () => {
      const task = await Api.post(Sandbox.contactPath("/tasks"));
      Sandbox.taskId = task.taskId;
      Dom.byId("sim-complete").disabled = false;
      return "Added task \"" + task.title + "\"";
    });
    Sandbox.on("sim-complete", async () => {
      await Api.post(Sandbox.contactPath("/tasks/" + encodeURIComponent(Sandbox.taskId) + "/complete"));
      return "Completed task " + Sandbox.taskId;
    });
    Sandbox.on("sim-note", async () => {
      await Api.post(Sandbox.contactPath("/notes"));
      return "Added a note";
    });
    Sandbox.on("sim-clear", async () => {
      await Api.del("/api/dashboard/sandbox/faults");
      return "Cleared every simulator's faults";
    });
    document.querySelectorAll("[data-fault]").forEach(button => {
      const [target, kind] = button.getAttribute("data-fault").split(":");
      button.addEventListener("click", () => Sandbox.act(async () => {
        await Api.post("/api/dashboard/sandbox/faults?target=" + target + "&kind=" + kind + "&count=5");
        return button.textContent + ": injected";
      }));
    });
  },

  contactPath(suffix) {
    return "/api/dashboard/sandbox/contacts/" + encodeURIComponent(Sandbox.contactId) + suffix;
  },

  on(id, action) {
    Dom.byId(id).addEventListener("click", () => Sandbox.act(action));
  },

  async act(action) {
    try {
      Dashboard.note(await action());
      await Dashboard.refreshNow();
    } catch (error) {
      Dashboard.failed(error);
    }
  }
};
