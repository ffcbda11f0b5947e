package io.ghlsync.sync.mirror;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.ghlsync.ConditionalOnSync;
import io.ghlsync.ghl.GhlApi;
import io.ghlsync.mapping.Mapper;
import io.ghlsync.target.app.AppClient;

/** The task and note mirrors, by the names the flows call them. */
@Configuration
@ConditionalOnSync
class ItemMirrors {

    @Bean
    ItemMirror taskMirror(Mapper mapper, SyncLinks links, AppClient app, GhlApi ghl, MirrorLocation location,
                          MirrorDeletes deletes, MirrorProperties properties, MirrorMetrics metrics, ObjectMapper json) {
        return new ItemMirror(ItemKind.TASK, mapper, links, app, ghl, location, deletes, properties.deletes().task(),
                metrics, json);
    }

    @Bean
    ItemMirror noteMirror(Mapper mapper, SyncLinks links, AppClient app, GhlApi ghl, MirrorLocation location,
                          MirrorDeletes deletes, MirrorProperties properties, MirrorMetrics metrics, ObjectMapper json) {
        return new ItemMirror(ItemKind.NOTE, mapper, links, app, ghl, location, deletes, properties.deletes().note(),
                metrics, json);
    }
}
