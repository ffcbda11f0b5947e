package io.ghlsync.mapping;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Test fixture: a mappings folder in a temporary directory, seeded with the shipped default settings. */
final class TemplateFolder {

    static final Path SHIPPED = Path.of("mappings");
    static final ObjectMapper JSON = new ObjectMapper();

    final Path root;

    TemplateFolder(Path temp) {
        this.root = temp.resolve("mappings");
        copyDefaults("default");
    }

    /** Copies the shipped customer.yaml and custom-fields.yaml of the default folder into {@code customer}. */
    TemplateFolder copyDefaults(String customer) {
        for (String file : new String[] { FolderLoader.SETTINGS_FILE, FolderLoader.CUSTOM_FIELDS_FILE }) {
            write(customer, file, read(SHIPPED.resolve("default").resolve(file)));
        }
        return this;
    }

    TemplateFolder write(String customer, String file, String content) {
        try {
            Files.createDirectories(root.resolve(customer));
            Files.writeString(root.resolve(customer).resolve(file), content);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    TemplateFolder template(String name, String yaml) {
        return write("default", name + ".yaml", yaml);
    }

    Mapper load() {
        return Mapper.load(root, Map.of());
    }

    Mapper load(Map<String, String> customers) {
        return Mapper.load(root, customers);
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSON example of an official HighLevel webhook document (src/test/resources/ghl/webhook-events/). */
    static JsonNode webhookExample(String event) {
        String doc = read(Path.of("src/test/resources/ghl/webhook-events/" + event + ".md"));
        int start = doc.indexOf("```json\n", doc.indexOf("#### Example")) + "```json\n".length();
        return json(doc.substring(start, doc.indexOf("```", start)));
    }
}
