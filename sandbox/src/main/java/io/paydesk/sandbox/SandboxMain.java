package io.paydesk.sandbox;

import io.paydesk.host.ao.AoDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Starts the sandbox: {@code -Dpaydesk.sandbox.port} (default 2990) and {@code -Dpaydesk.sandbox.data}
 * (the HSQLDB files; delete the folder for fresh sample data).
 */
public final class SandboxMain {

    private SandboxMain() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.getInteger("paydesk.sandbox.port", 2990);
        Path data = Path.of(System.getProperty("paydesk.sandbox.data", "target/sandbox-data"));
        Files.createDirectories(data);
        Sandbox sandbox = new Sandbox(AoDatabase.file(data.resolve("paydesk").toString()), port, Clock.systemUTC()).start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                sandbox.close();
            } catch (Exception e) {
                System.err.println("Paydesk sandbox: error while stopping: " + e.getMessage());
            }
        }, "paydesk-sandbox-stop"));
        System.out.println();
        System.out.println("  Paydesk sandbox is running: " + sandbox.url());
        System.out.println("  Sign in as an agent (e.g. Dilnoza Karimova) or a partner-bank user. Ctrl+C stops it.");
        System.out.println("  Data: " + data.toAbsolutePath() + " (delete it for fresh sample data)");
        System.out.println();
        Thread.currentThread().join();
    }
}
