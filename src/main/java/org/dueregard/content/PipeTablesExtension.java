package org.dueregard.content;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.tables.internal.TableParagraphPreProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessorFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.Set;

/**
 * Flexmark's tables, asked only about paragraphs with a pipe in them. {@link TablesExtension} reads every paragraph
 * of a page character by character to see whether it is a table: 3.5% of a 10,000-page build. A table row always
 * has a pipe, so a paragraph without one is passed over after one look at its own characters. The
 * options are {@link TablesExtension}'s own.
 */
final class PipeTablesExtension implements Parser.ParserExtension {

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        ParagraphPreProcessorFactory tables = TableParagraphPreProcessor.Factory();
        builder.paragraphPreProcessorFactory(new ParagraphPreProcessorFactory() {
            /**
             * Flexmark makes a table reader for every page, compiling its separator-line pattern each time (1% of a
             * 10,000-page build). It keeps nothing of a page between calls (the page comes in as its argument) and
             * every page has the same options, so one is made and shared.
             */
            private volatile ParagraphPreProcessor shared;

            @Override
            public ParagraphPreProcessor apply(ParserState state) {
                ParagraphPreProcessor table = shared;
                if (table == null) shared = table = tables.apply(state);
                ParagraphPreProcessor reader = table;
                return (paragraph, parserState) -> hasPipe(paragraph) ? reader.preProcessBlock(paragraph, parserState) : 0;
            }

            @Override
            public Set<Class<?>> getAfterDependents() {
                return tables.getAfterDependents();
            }

            @Override
            public Set<Class<?>> getBeforeDependents() {
                return tables.getBeforeDependents();
            }

            @Override
            public boolean affectsGlobalScope() {
                return tables.affectsGlobalScope();
            }
        });
    }

    /** Whether the paragraph's stretch of the page holds a '|', looked for in the page's own string when it is one. */
    static boolean hasPipe(Paragraph paragraph) {
        BasedSequence chars = paragraph.getChars();
        if (chars.getBase() instanceof String page) {
            // Only this stretch: String.indexOf would read on to the end of the page for every paragraph.
            for (int i = chars.getStartOffset(), end = chars.getEndOffset(); i < end; i++) {
                if (page.charAt(i) == '|') return true;
            }
            return false;
        }
        return chars.indexOf('|') >= 0;
    }
}
