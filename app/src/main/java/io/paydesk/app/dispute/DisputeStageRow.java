package io.paydesk.app.dispute;

/** One line of the dispute timeline: the stage, when it was entered, by whom, and its time limit. */
public record DisputeStageRow(String stage, String enteredOn, String filedBy, String timeLimit) {
}
