package samples.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import samples.Category;
import samples.Sample;
import samples.Size;

/**
 * A single-threaded HTTP/1.0 file server: blocking ServerSocket on the loopback interface, one connection
 * at a time. Arguments: ROOT [PORT [REQUESTS]]; port 0 picks a free one. It prints the port it listens on,
 * then one line per request, and stops after REQUESTS requests (default: never).
 */
public final class HttpFileServerSample implements Sample {

    @Override
    public String name() {
        return "http-server";
    }

    @Override
    public Category category() {
        return Category.IO;
    }

    @Override
    public String description() {
        return "serves the files of a directory over HTTP/1.0 (args: ROOT [PORT [REQUESTS]])";
    }

    @Override
    public void run(Size size, String[] args, PrintStream out) throws IOException {
        if (args.length < 1) {
            throw new IllegalArgumentException("usage: http-server [small|large] ROOT [PORT [REQUESTS]]");
        }
        Path root = Path.of(args[0]).toAbsolutePath().normalize();
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        long requests = args.length > 2 ? Long.parseLong(args[2]) : Long.MAX_VALUE;
        try (ServerSocket server = new ServerSocket(port, 50, InetAddress.getLoopbackAddress())) {
            out.println("listening on " + server.getLocalPort());
            out.flush();
            for (long served = 0; served < requests; served++) {
                try (Socket connection = server.accept()) {
                    out.println(serve(connection, root));
                    out.flush();
                }
            }
        }
    }

    /** Answers one request; returns the log line. */
    private static String serve(Socket connection, Path root) throws IOException {
        BufferedReader in = new BufferedReader(
                new InputStreamReader(connection.getInputStream(), StandardCharsets.ISO_8859_1));
        String requestLine = in.readLine();
        String header;
        while ((header = in.readLine()) != null && !header.isEmpty()) {
            // Headers are read and ignored: HTTP/1.0, no keep-alive.
        }
        OutputStream response = connection.getOutputStream();
        String[] parts = requestLine == null ? new String[0] : requestLine.split(" ");
        if (parts.length < 2 || !parts[0].equals("GET")) {
            respond(response, "400 Bad Request", "text/plain", "bad request\n".getBytes(StandardCharsets.US_ASCII));
            return requestLine + " 400";
        }
        Path file = root.resolve(parts[1].replaceFirst("^/+", "")).normalize();
        if (!file.startsWith(root)) {
            respond(response, "403 Forbidden", "text/plain", "forbidden\n".getBytes(StandardCharsets.US_ASCII));
            return "GET " + parts[1] + " 403";
        }
        try {
            byte[] body = Files.readAllBytes(file);
            respond(response, "200 OK", "application/octet-stream", body);
            return "GET " + parts[1] + " 200 " + body.length;
        } catch (NoSuchFileException | java.nio.file.AccessDeniedException e) {
            respond(response, "404 Not Found", "text/plain", "not found\n".getBytes(StandardCharsets.US_ASCII));
            return "GET " + parts[1] + " 404";
        } catch (IOException e) {
            respond(response, "404 Not Found", "text/plain", "not found\n".getBytes(StandardCharsets.US_ASCII));
            return "GET " + parts[1] + " 404 (" + e.getClass().getSimpleName() + ")";
        }
    }

    private static void respond(OutputStream out, String status, String type, byte[] body) throws IOException {
        String head = "HTTP/1.0 " + status + "\r\nContent-Type: " + type + "\r\nContent-Length: " + body.length
                + "\r\nConnection: close\r\n\r\n";
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
    }
}
