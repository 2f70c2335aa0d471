package org.dueregard.duty;

import org.dueregard.config.SiteConfig;
import org.dueregard.data.Characteristics;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The duty's calendar for one site at one date: each publication with when it was last published and when it is due,
 * the pages past their review date, and the protected characteristics its datasets cover.
 */
public record DutyReport(String organisation, SiteConfig.Duty duty, LocalDate asOf, List<Item> items, List<Review> reviews,
                         List<String> covered) {

    public enum Status { IN_DATE, DUE_SOON, OVERDUE, NEVER }

    /** @param file the page that last published it, or "" */
    public record Item(Publication publication, Optional<LocalDate> last, Optional<LocalDate> due, Status status, String file) {

        /** The item in one plain sentence, without the full stop. */
        public String sentence() {
            String name = Character.toUpperCase(publication.words().charAt(0)) + publication.words().substring(1);
            if (status == Status.NEVER) return name + (publication == Publication.EQUALITY_OBJECTIVES ? " have" : " has") + " not been published on this site";
            String was = publication == Publication.EQUALITY_OBJECTIVES ? " were" : " was";
            String last = was + (publication == Publication.ACCESSIBILITY_STATEMENT ? " last reviewed on " : " last published on ")
                    + words(this.last.orElseThrow());
            boolean plural = publication == Publication.EQUALITY_OBJECTIVES;
            String due = switch (status) {
                case OVERDUE -> (plural ? "; they were due by " : "; it was due by ") + words(this.due.orElseThrow());
                case DUE_SOON -> (plural ? "; they are due by " : "; it is due by ") + words(this.due.orElseThrow());
                default -> (plural ? "; they are next due by " : "; it is next due by ") + words(this.due.orElseThrow());
            };
            return name + last + due;
        }
    }

    public record Review(String file, String title, LocalDate reviewBy) {
    }

    /** The characteristics no dataset describes. */
    public List<String> notCovered() {
        return Characteristics.ALL.stream().filter(c -> !covered.contains(c)).toList();
    }

    /** The report as lines for a terminal or a text file. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("The equality duty for " + organisation + " (" + duty.kind() + " in England, " + duty.employees() + " employees), on "
                + words(asOf) + ":");
        for (Item item : items) lines.add("- " + label(item.status()) + item.sentence() + ".");
        if (duty.employees() < 150) lines.add("- With fewer than 150 employees, information about staff is not required, but about the people its work affects is.");
        if (duty.employees() < 250) lines.add("- With fewer than 250 employees, the gender pay gap is not required.");
        for (Review review : reviews) {
            lines.add("- Review overdue: " + review.file() + " ('" + review.title() + "') was due for review on " + words(review.reviewBy()) + ".");
        }
        lines.add("Protected characteristics that the published datasets describe: "
                + (covered.isEmpty() ? "none (add characteristics: to each dataset)" : String.join(", ", covered)) + ".");
        if (!covered.isEmpty() && !notCovered().isEmpty()) {
            lines.add("Not described by any dataset: " + String.join(", ", notCovered())
                    + ". Say why where you publish your equality information, or add the figures.");
        }
        return lines;
    }

    private static String label(Status status) {
        return switch (status) {
            case IN_DATE -> "In date: ";
            case DUE_SOON -> "Due soon: ";
            case OVERDUE -> "Overdue: ";
            case NEVER -> "Missing: ";
        };
    }

    static String words(LocalDate date) {
        return date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK));
    }
}
