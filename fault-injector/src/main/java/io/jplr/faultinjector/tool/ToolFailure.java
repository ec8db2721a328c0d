package io.jplr.faultinjector.tool;

/**
 * A failure the user can do something about (no such pid, a jar not found, a run that misbehaves): reported as
 * the one line {@code jplr-inject: <message>} with exit status 1. Its stack trace would only hide the message,
 * so none is recorded.
 */
final class ToolFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ToolFailure(String message) {
        super(message, null, false, false);
    }
}
