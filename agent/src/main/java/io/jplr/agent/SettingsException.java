package io.jplr.agent;

/** A setting is invalid or unknown; the message is the one line the user sees. */
public final class SettingsException extends Exception {
    private static final long serialVersionUID = 1L;

    public SettingsException(String message) {
        super(message);
    }
}
