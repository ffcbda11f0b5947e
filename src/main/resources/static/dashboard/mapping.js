// Mapping preview: pick a customer and a template, paste a record or take the bundled sample, see the output.
"use strict";

const Mapping = {
  customers: [],

  async init() {
    Mapping.customers = await Api.get("/api/dashboard/mappings");
    const customer = Dom.byId("map-customer");
    customer.replaceChildren(...Mapping.customers.map(c => Dom.el("option", {value: c.customer, text: c.customer})));
    customer.addEventListener("change", Mapping.showTemplates);
    Dom.byId("map-sample").addEventListener("click", () => Mapping.loadSample().catch(Mapping.failed));
    Dom.byId("mapping-form").addEventListener("submit", event => {
      event.preventDefault();
      Mapping.preview().catch(Mapping.failed);
    });
    Mapping.showTemplates();
  },

  showTemplates() {
    const chosen = Mapping.customers.find(c => c.customer === Dom.byId("map-customer").value);
    Dom.byId("map-template").replaceChildren(...(chosen ? chosen.templates : []).map(t =>
      Dom.el("option", {value: t.name, text: t.name + " (reads " + t.source + ")"})));
  },

  path(suffix) {
    return "/api/" + suffix.replace("{c}", encodeURIComponent(Dom.byId("map-customer").value))
      .replace("{t}", encodeURIComponent(Dom.byId("map-template").value));
  },

  async loadSample() {
    const sample = await Api.get(Mapping.path("dashboard/mappings/{c}/{t}/sample"));
    Dom.byId("map-input").value = JSON.stringify(sample, null, 2);
  },

  async preview() {
    const input = Dom.byId("map-input").value.trim();
    const answer = await Api.post(Mapping.path("mappings/{c}/{t}/preview"), input || undefined);
    Dom.byId("map-output").textContent = JSON.stringify(answer.output, null, 2);
    Dom.byId("map-warnings").replaceChildren(...(answer.warnings.length ? answer.warnings : [{field: "", message: "none"}])
      .map(w => Dom.el("li", {text: (w.field ? w.field + ": " : "") + w.message})));
  },

  failed(error) {
    if (error instanceof Unauthorized) return Dashboard.failed(error);
    Dom.byId("map-output").textContent = "";
    Dom.byId("map-warnings").replaceChildren(Dom.el("li", {class: "error", text: error.message}));
  }
};
