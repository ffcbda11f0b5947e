package io.ghlsync.sandbox.app;

import io.ghlsync.sandbox.simulation.SimulatedService;

/** The generic app simulator: its tasks, its notes, and its service behaviour (faults, log, webhooks). */
public final class AppSimulator {

    private final SimulatedService service;
    private final AppRecords tasks;
    private final AppRecords notes;

    AppSimulator(SimulatedService service, AppWebhooks webhooks) {
        this.service = service;
        this.tasks = new AppRecords(AppRecordShape.TASK, webhooks);
        this.notes = new AppRecords(AppRecordShape.NOTE, webhooks);
        service.onReset(() -> {
            tasks.clear();
            notes.clear();
        });
    }

    public SimulatedService service() {
        return service;
    }

    public AppRecords tasks() {
        return tasks;
    }

    public AppRecords notes() {
        return notes;
    }
}
