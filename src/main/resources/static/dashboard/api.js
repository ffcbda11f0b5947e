// Calls to the admin API. The token lives in this tab's sessionStorage and travels only as a bearer header on
// fetch: the browser never attaches it on its own, so other sites cannot make requests with it (no CSRF).
"use strict";

class Unauthorized extends Error {}

const Api = {
  KEY: "ghlsync.adminToken",

  token() {
    return sessionStorage.getItem(Api.KEY);
  },

  signIn(token) {
    sessionStorage.setItem(Api.KEY, token);
  },

  signOut() {
    sessionStorage.removeItem(Api.KEY);
  },

  async call(method, path, body) {
    if (!Api.token()) throw new Unauthorized("not signed in");
    const headers = {"Authorization": "Bearer " + Api.token(), "Accept": "application/json"};
    if (body !== undefined) headers["Content-Type"] = "application/json";
    const response = await fetch(path, {method, headers, body, credentials: "omit", cache: "no-store"});
    if (response.status === 401) throw new Unauthorized("the admin token was not accepted");
    const text = await response.text();
    const json = text ? JSON.parse(text) : null;
    if (!response.ok) {
      throw new Error(json && json.message ? json.message : method + " " + path + " answered " + response.status);
    }
    return json;
  },

  get(path) {
    return Api.call("GET", path);
  },

  post(path, body) {
    return Api.call("POST", path, body);
  },

  del(path) {
    return Api.call("DELETE", path);
  }
};
