package org.dueregard.documents;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;

/**
 * PDF/UA asks every link annotation for a description in its Contents (ISO 14289-1, 7.18.5). openhtmltopdf gives the
 * description to the link's structure element (its Alt, from the link's title); this copies it to the annotations the
 * element points at.
 */
final class LinkDescriptions {

    private LinkDescriptions() {
    }

    static void copyToAnnotations(PDDocument pdf) {
        PDStructureTreeRoot root = pdf.getDocumentCatalog().getStructureTreeRoot();
        if (root != null) visit(root, 0);
    }

    private static void visit(PDStructureNode node, int depth) {
        if (depth > 200) return; // a structure tree is as deep as the HTML; this only guards against a loop
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                if ("Link".equals(element.getStructureType())) describeAnnotations(element);
                visit(element, depth + 1);
            }
        }
    }

    private static void describeAnnotations(PDStructureElement link) {
        String description = link.getAlternateDescription();
        if (description == null || description.isBlank()) description = link.getActualText();
        if (description == null || description.isBlank()) return;
        for (Object kid : link.getKids()) {
            if (kid instanceof PDObjectReference reference && reference.getReferencedObject() instanceof PDAnnotation annotation
                    && (annotation.getContents() == null || annotation.getContents().isBlank())) {
                annotation.setContents(description);
            }
        }
    }
}
