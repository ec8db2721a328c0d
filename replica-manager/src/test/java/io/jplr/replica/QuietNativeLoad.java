package io.jplr.replica;

import java.nio.file.Path;

/** A master's use of the native calls in a JVM of its own, so a test can see what that JVM prints. */
final class QuietNativeLoad {
    private QuietNativeLoad() {
    }

    public static void main(String[] args) {
        NativeCalls calls = NativeCalls.load(Path.of(args[0]));
        if (!calls.available()) {
            System.out.print(calls.unavailableReason());
            return;
        }
        // Every kind of call, so any native method bound lazily is bound here.
        calls.threadAffinity();
        calls.signal(ProcessHandle.current().pid(), 0);
        System.out.print("available");
    }
}
