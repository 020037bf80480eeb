package se.samverkan.planning;

import java.time.LocalDate;

/** A progress update as a user sends it; the date defaults to today. */
public record ProgressInput(LocalDate date, String status, String signal, String note, Integer doneCount) {
}
