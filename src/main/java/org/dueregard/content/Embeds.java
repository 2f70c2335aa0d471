package org.dueregard.content;

/**
 * What pages can pull in from the site's data: figures quoted in sentences ({@code {{ pay-gap-2024.median-gap }}})
 * and blocks (a fenced {@code table} or {@code chart} block naming a dataset). Implemented outside this package,
 * by the data and charts code, so Markdown rendering does not depend on them.
 */
public interface Embeds {

    /** No datasets: every reference is unknown. */
    Embeds NONE = new Embeds() {
        @Override
        public Result figure(String reference, String pageSourcePath) {
            return Result.failure("There is no dataset for '" + reference + "'.", "Add the dataset's YAML file under content/.");
        }

        @Override
        public Result block(String kind, String spec, String pageFile, int line, String pageSourcePath) {
            return Result.failure("This page has a " + kind + " block but the site has no datasets.", "Add the dataset's YAML file under content/.");
        }
    };

    /** A formatted figure, ready to sit in a sentence. */
    Result figure(String reference, String pageSourcePath);

    /**
     * The trusted HTML for a block.
     *
     * @param spec the block's YAML text
     * @param line the line of the file on which the block's YAML starts
     */
    Result block(String kind, String spec, String pageFile, int line, String pageSourcePath);

    /** Either the text or HTML, or what is wrong and how to fix it. */
    record Result(String value, String error, String fix) {

        public static Result of(String value) {
            return new Result(value, "", "");
        }

        public static Result failure(String error, String fix) {
            return new Result("", error, fix);
        }

        public boolean ok() {
            return error.isEmpty();
        }
    }
}
