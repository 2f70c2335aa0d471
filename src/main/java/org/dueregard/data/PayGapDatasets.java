package org.dueregard.data;

import org.dueregard.Problem;
import org.dueregard.Problems;
import org.dueregard.ProblemsException;
import org.dueregard.config.YamlFields;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A gender pay gap dataset ({@code kind: pay-gap}) worked out from pay records: a CSV of one row per full-pay relevant
 * employee (sex, hourly pay, bonus), which stays private. It becomes three datasets pages can show and quote:
 * NAME (mean and median hourly and bonus pay of men and women, and the gaps), NAME-bonus (the share of men and of
 * women paid a bonus) and NAME-quarters (women and men in each pay quarter, with shares).
 */
public final class PayGapDatasets {

    static final Set<String> KEYS = Set.of("kind", "title", "description", "source", "period", "records");
    /** Pay is not shown for a group of fewer people than this. */
    static final int SMALL_GROUP = 10;
    /** What an empty quarter shows in place of its shares, everywhere (table, CSV, chart, alt text). */
    public static final String NO_EMPLOYEES = "no employees in this quarter";

    /** Pay records may be bigger than a table of figures (a line for each employee), but not without end. */
    static final int MAX_RECORDS_BYTES = 256 * 1024 * 1024;

    private PayGapDatasets() {
    }

    /** The records file named in the YAML, relative to the YAML's folder. */
    public static String recordsPath(YamlFields fields) {
        return fields.findText("records").orElse("");
    }

    public static List<Dataset> of(String name, String file, YamlFields fields, String recordsFile, String csv) throws ProblemsException {
        Problems problems = fields.problems();
        fields.rejectUnknownKeys(KEYS);
        String title = fields.requireText("title", "Say what it is, for example: title: Gender pay gap 2024");
        String source = fields.requireText("source", "Say where the records come from, for example: source: ESR payroll, 31 March 2024");
        String period = fields.findText("period").orElse("");
        List<PayRecord> records = parseRecords(csv, recordsFile, problems);
        if (records.stream().noneMatch(r -> r.sex() == PayRecord.Sex.MEN) || records.stream().noneMatch(r -> r.sex() == PayRecord.Sex.WOMEN)) {
            problems.add(Problem.error(recordsFile, 1, "The pay records need both men and women to work out a gap.", "Check the sex column."));
        }
        problems.throwIfErrors();
        PayGap gap = PayGapCalculator.compute(records);
        String description = fields.findText("description").orElse(title);

        List<Column> payColumns = List.of(
                new Column("measure", "Measure", Column.Type.CATEGORY, "", Optional.empty(), false, Optional.empty(), 0),
                new Column("men", "Men", Column.Type.CURRENCY, "", Optional.empty(), false, Optional.empty(), 0),
                new Column("women", "Women", Column.Type.CURRENCY, "", Optional.empty(), false, Optional.empty(), 0),
                new Column("gap", "Gender pay gap", Column.Type.PERCENT, "", Optional.empty(), false,
                        Optional.of(new Column.Formula("gap", List.of("men", "women"))), 0));
        // The statutory gaps (percentages) are published whatever the numbers; the pay of a group of fewer than 10
        // people is not, as it could be one person's pay.
        boolean fewMen = gap.men() < SMALL_GROUP;
        boolean fewWomen = gap.women() < SMALL_GROUP;
        long menBonus = records.stream().filter(r -> r.sex() == PayRecord.Sex.MEN && r.hadBonus()).count();
        long womenBonus = records.stream().filter(r -> r.sex() == PayRecord.Sex.WOMEN && r.hadBonus()).count();
        List<Row> payRows = new ArrayList<>();
        payRows.add(payRow("Mean hourly pay", gap.meanHourlyMen(), gap.meanHourlyWomen(), gap.meanGap(), fewMen, fewWomen));
        payRows.add(payRow("Median hourly pay", gap.medianHourlyMen(), gap.medianHourlyWomen(), gap.medianGap(), fewMen, fewWomen));
        gap.meanBonusGap().ifPresent(g -> payRows.add(payRow("Mean bonus pay", bonusMean(records, PayRecord.Sex.MEN),
                bonusMean(records, PayRecord.Sex.WOMEN), g, menBonus < SMALL_GROUP, womenBonus < SMALL_GROUP)));
        gap.medianBonusGap().ifPresent(g -> payRows.add(payRow("Median bonus pay", bonusMedian(records, PayRecord.Sex.MEN),
                bonusMedian(records, PayRecord.Sex.WOMEN), g, menBonus < SMALL_GROUP, womenBonus < SMALL_GROUP)));
        SuppressionRule smallGroups = new SuppressionRule(SMALL_GROUP, 1, SuppressionRule.Secondary.NONE);

        List<Column> bonusColumns = List.of(
                new Column("sex", "Sex", Column.Type.CATEGORY, "", Optional.empty(), false, Optional.empty(), 0),
                new Column("paid_bonus", "Paid a bonus", Column.Type.PERCENT, "", Optional.empty(), false,
                        Optional.of(new Column.Formula("share", List.of())), 0));
        List<Row> bonusRows = List.of(
                new Row(List.of(Cell.category("Men"), Cell.number(gap.menWithBonusPercent())), 0),
                new Row(List.of(Cell.category("Women"), Cell.number(gap.womenWithBonusPercent())), 0));

        List<Column> quarterColumns = List.of(
                new Column("quarter", "Pay quarter", Column.Type.CATEGORY, "", Optional.empty(), false, Optional.empty(), 0),
                new Column("women", "Women", Column.Type.RATE, "people", Optional.empty(), false, Optional.empty(), 0),
                new Column("men", "Men", Column.Type.RATE, "people", Optional.empty(), false, Optional.empty(), 0),
                new Column("women_share", "Women", Column.Type.PERCENT, "% of the quarter", Optional.empty(), false,
                        Optional.of(new Column.Formula("share", List.of("women", "men"))), 0),
                new Column("men_share", "Men", Column.Type.PERCENT, "% of the quarter", Optional.empty(), false,
                        Optional.of(new Column.Formula("share", List.of("men", "women"))), 0));
        List<Row> quarterRows = new ArrayList<>();
        for (PayGap.Quarter q : gap.quarters()) {
            quarterRows.add(new Row(List.of(Cell.category(q.name()), Cell.number(plain(q.women())), Cell.number(plain(q.men())),
                    shareOf(q.findWomenPercent()), shareOf(q.findMenPercent())), 0));
        }
        String note = "Worked out from " + records.size() + " full-pay relevant employees (" + gap.men() + " men, " + gap.women()
                + " women) as the gender pay gap regulations say; rounded once, to one decimal place.";
        String quarterNote = "Staff are ranked by hourly pay and split into four groups as equal in size as possible; the lower quarters "
                + "take one more person each when the number does not divide by four. People on the same rate who straddle a boundary "
                + "are shared between the quarters with the same mix of men and women, so a count can have a fraction.";
        return List.of(
                new Dataset(name, file, title, description, source, period, payColumns, payRows, List.of(note), smallGroups, Optional.empty(), List.of(), Margins.NONE,
                        List.of("sex")),
                new Dataset(name + "-bonus", file, title + ": bonus pay", "Share of men and of women paid a bonus", source, period,
                        bonusColumns, bonusRows, List.of(note), SuppressionRule.NONE, Optional.empty(), List.of(), Margins.NONE, List.of("sex")),
                new Dataset(name + "-quarters", file, title + ": pay quarters", "Women and men in each quarter of hourly pay", source, period,
                        quarterColumns, quarterRows, List.of(note, quarterNote), SuppressionRule.NONE, Optional.empty(), List.of(), Margins.NONE,
                        List.of("sex")));
    }

    private static Row payRow(String measure, BigDecimal men, BigDecimal women, BigDecimal gap, boolean fewMen, boolean fewWomen) {
        // Both go: with the gap published, one group's pay gives back the other's (women = men x (1 - gap)).
        boolean hide = fewMen || fewWomen;
        Cell menCell = hide ? Cell.number(men).suppress() : Cell.number(men);
        Cell womenCell = hide ? Cell.number(women).suppress() : Cell.number(women);
        return new Row(List.of(Cell.category(measure), menCell, womenCell, Cell.number(gap)), 0);
    }

    /** A quarter's share; a quarter with no one in it (fewer than 4 employees) says so rather than 0%. */
    private static Cell shareOf(Optional<BigDecimal> percent) {
        return percent.map(Cell::number).orElse(Cell.note(NO_EMPLOYEES));
    }

    private static BigDecimal bonusMean(List<PayRecord> records, PayRecord.Sex sex) {
        return PayGapCalculator.mean(records.stream().filter(r -> r.sex() == sex && r.hadBonus()).map(PayRecord::bonus).toList()).toBigDecimal();
    }

    private static BigDecimal bonusMedian(List<PayRecord> records, PayRecord.Sex sex) {
        return PayGapCalculator.median(records.stream().filter(r -> r.sex() == sex && r.hadBonus()).map(PayRecord::bonus).toList()).toBigDecimal();
    }

    private static BigDecimal plain(BigDecimal count) {
        BigDecimal rounded = count.setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
    }

    /** Reads "sex,hourly_pay,bonus" rows; every bad row is reported with its line. */
    static List<PayRecord> parseRecords(String csv, String file, Problems problems) {
        List<PayRecord> records = new ArrayList<>();
        String[] lines = csv.split("\n", -1);
        if (lines.length == 0 || !lines[0].strip().replace(" ", "").toLowerCase(Locale.ROOT).startsWith("sex,hourly_pay")) {
            problems.add(Problem.error(file, 1, "The pay records should start with the header line sex,hourly_pay,bonus.",
                    "Export one row per full-pay relevant employee with those three columns; leave bonus empty or 0 when none."));
            return records;
        }
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) continue;
            String[] cells = line.split(",", -1);
            Optional<PayRecord.Sex> sex = sexOf(cells[0]);
            try {
                if (sex.isEmpty()) throw new NumberFormatException();
                BigDecimal pay = new BigDecimal(cells[1].strip().replace("£", ""));
                BigDecimal bonus = cells.length > 2 && !cells[2].isBlank() ? new BigDecimal(cells[2].strip().replace("£", "")) : BigDecimal.ZERO;
                if (pay.signum() <= 0) throw new NumberFormatException();
                records.add(new PayRecord(sex.get(), pay, bonus));
            } catch (RuntimeException e) {
                problems.add(Problem.error(file, i + 1, "This pay record cannot be read: '" + line + "'.",
                        "Write the sex (M or F, or men/women), the hourly pay as a number and the bonus (or 0), separated by commas."));
            }
        }
        return records;
    }

    private static Optional<PayRecord.Sex> sexOf(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "m", "male", "man", "men" -> Optional.of(PayRecord.Sex.MEN);
            case "f", "female", "woman", "women" -> Optional.of(PayRecord.Sex.WOMEN);
            default -> Optional.empty();
        };
    }
}
