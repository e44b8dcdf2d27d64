package io.paydesk.app.dispute;

/** A step an agent may record now: its name (posted back) and its label; {@code recovers} asks for an amount. */
public record DisputeActionChoice(String name, String label, boolean recovers) {
}
