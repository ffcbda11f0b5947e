package io.ghlsync.ghl;

import io.ghlsync.PermanentFailure;

/** A path parameter or required query parameter had no value; raised before any request is sent. */
public class MissingParameterException extends GhlException implements PermanentFailure {

    private final String parameter;

    public MissingParameterException(String operation, String locationId, String parameter, String where) {
        super(operation + " needs the " + where + " parameter '" + parameter + "' (header '" + parameter
                + "' on a ghl: endpoint); nothing was sent", operation, locationId, null);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
