package io.jplr.test.corpus;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;

/** InetAddress.getLocalHost().getHostName() equals the output of hostname read through a process. */
public final class HostName {
    public static void main(String[] args) throws Exception {
        String java = InetAddress.getLocalHost().getHostName();
        Process process = new ProcessBuilder("hostname").start();
        String shell = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        System.out.println("hostname exit " + process.waitFor());
        System.out.println("same name " + java.equals(shell) + " (java " + java.length() + " chars, hostname "
                + shell.length() + " chars)");
        System.out.println("loopback " + InetAddress.getLoopbackAddress().getHostAddress());
        System.out.println("the local host is not loopback-only or is: "
                + (InetAddress.getLocalHost().getHostAddress() != null));
    }
}
