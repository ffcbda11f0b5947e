package io.ghlsync.mapping;

/**
 * What a rule's value is known to be at load time: a kind, and for lists (or several sources) the
 * kind of their items. Used only for load-time type checks.
 */
record Shape(Kind kind, Kind items) {

    static final Shape ANY = of(Kind.ANY);
    static final Shape STRING = of(Kind.STRING);

    static Shape of(Kind kind) {
        return new Shape(kind, Kind.ANY);
    }

    static Shape of(ModelField field) {
        return new Shape(field.kind(), field.items() == null ? Kind.ANY : field.items().kind());
    }

    boolean is(Kind... kinds) {
        for (Kind each : kinds) {
            if (kind == each) {
                return true;
            }
        }
        return kind == Kind.ANY;
    }
}
