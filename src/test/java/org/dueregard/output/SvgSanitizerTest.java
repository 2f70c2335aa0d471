package org.dueregard.output;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 10 item 2: an SVG beside a page is published only in a safe form, keeping its picture and its accessible name. */
class SvgSanitizerTest {

    private static SvgSanitizer.Clean clean(String svg) {
        return assertInstanceOf(SvgSanitizer.Clean.class, SvgSanitizer.sanitise(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static String cleaned(String svg) {
        return new String(clean(svg).svg(), StandardCharsets.UTF_8);
    }

    private static SvgSanitizer.Refused refused(String svg) {
        return assertInstanceOf(SvgSanitizer.Refused.class, SvgSanitizer.sanitise(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void keepsASafePictureAsItIs() {
        String svg = """
                <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" role="img" aria-labelledby="t d">
                  <title id="t">A square</title><desc id="d">Red, &amp; small</desc>
                  <defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient></defs>
                  <rect width="10" height="10" fill="url(#g)" style="stroke: url('#g'); stroke-width: 2"/>
                  <text x="1" y="9" font-size="4">5 &lt; 6</text>
                </svg>
                """;
        SvgSanitizer.Clean result = clean(svg);
        assertEquals(List.of(), result.removed());
        assertEquals(svg.replace("<svg xmlns=\"http://www.w3.org/2000/svg\"", "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""),
                new String(result.svg(), StandardCharsets.UTF_8));
    }

    @Test
    void removesScriptsHandlersAndEmbeddedContentWithTheirLines() {
        SvgSanitizer.Clean result = clean("""
                <svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)">
                <script>alert(2)</script>
                <foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>
                <handler type="text/javascript">alert(3)</handler>
                <rect onclick="alert(4)" width="1" height="1"/>
                <set attributeName="fill" to="red"/>
                </svg>
                """);
        assertEquals(List.of(
                new SvgSanitizer.Removal(1, "the event handler onload="),
                new SvgSanitizer.Removal(2, "a script (<script>)"),
                new SvgSanitizer.Removal(3, "<foreignObject>, which can hold any web page content"),
                new SvgSanitizer.Removal(4, "a script (<handler>)"),
                new SvgSanitizer.Removal(5, "the event handler onclick="),
                new SvgSanitizer.Removal(6, "the animation <set>, which can change links and other attributes after the picture is checked")),
                result.removed());
        String svg = new String(result.svg(), StandardCharsets.UTF_8);
        assertFalse(svg.contains("alert"), svg);
        assertTrue(svg.contains("<rect width=\"1\" height=\"1\"/>"), svg);
    }

    @Test
    void keepsOnlyReferencesInsideThePicture() {
        String svg = cleaned("""
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:x="http://www.w3.org/1999/xlink">
                <use href="#a"/><use xlink:href=" #b"/><use x:href="other.svg#c"/>
                <image href="https://example.org/a.png"/><image xlink:href="data:image/png;base64,AAAA"/>
                <feImage href="file:///etc/passwd"/>
                <rect fill="url(http://example.org/p)" mask="url( &quot;#m&quot; )" clip-path="URL(//example.org/c)"/>
                <a xlink:href="https://example.org/"><text>Linked</text></a>
                </svg>
                """);
        assertTrue(svg.contains("<use href=\"#a\"/><use xlink:href=\" #b\"/><use/>"), svg);
        assertFalse(svg.contains("example.org") || svg.contains("data:") || svg.contains("passwd"), svg);
        assertTrue(svg.contains("mask=\"url( &quot;#m&quot; )\""), svg);
        assertTrue(svg.contains("<text>Linked</text>"), svg);
    }

    @Test
    void removesStylesThatLoadOrHideSomething() {
        for (String css : new String[]{"@import 'https://example.org/a.css';", "rect { fill: url(https://example.org/x) }",
                "rect { background: image-set('https://example.org/x' 1x) }", "rect { fill: u\\72 l(https://example.org/x) }",
                "rect { behavior: url(#x) }", "@namespace x url(https://example.org/);"}) {
            SvgSanitizer.Clean result = clean("<svg xmlns=\"http://www.w3.org/2000/svg\"><style>" + css + "</style><rect/></svg>");
            assertEquals(1, result.removed().size(), css);
            assertEquals("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"><rect/></svg>\n",
                    new String(result.svg(), StandardCharsets.UTF_8), css);
        }
        assertEquals(List.of(), clean("<svg xmlns=\"http://www.w3.org/2000/svg\"><style>rect { fill: url(#g) }</style></svg>").removed());
    }

    @Test
    void dropsEditorDataAndCommentsWithoutAWord() {
        SvgSanitizer.Clean result = clean("""
                <?xml version="1.0" encoding="UTF-8" standalone="no"?>
                <!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN"
                  "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
                <!-- Generator: Adobe Illustrator -->
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd" sodipodi:docname="a.svg" data-name="Layer 1">
                <sodipodi:namedview pagecolor="#fff"/><metadata><x/></metadata><?editor keep?>
                <circle r="1"/></svg>
                """);
        assertEquals(List.of(), result.removed());
        assertEquals("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">\n\n<circle r=\"1\"/></svg>\n",
                new String(result.svg(), StandardCharsets.UTF_8));
    }

    @Test
    void refusesEntitiesAndDoctypesWithDeclarations() {
        SvgSanitizer.Refused xxe = refused("<?xml version=\"1.0\"?>\n<!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<svg>&x;</svg>");
        assertEquals(2, xxe.line());
        assertTrue(xxe.reason().contains("XXE"), xxe.reason());
        assertEquals(1, refused("<!DOCTYPE svg SYSTEM \"x.dtd\" [ <!ATTLIST svg a CDATA 'b'> ]><svg/>").line());
        assertTrue(refused("<svg xmlns=\"http://www.w3.org/2000/svg\">&lol;</svg>").reason().startsWith("It is not well-formed XML"));
    }

    @Test
    void refusesWhatIsNotAnSvgPicture() {
        assertTrue(refused("<html><script>alert(1)</script></html>").reason().contains("its first element is <html>"));
        assertTrue(refused("not xml at all").reason().startsWith("It is not well-formed XML"));
        assertTrue(refused("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect></svg>").reason().startsWith("It is not well-formed XML"));
        assertTrue(refused("").reason().startsWith("It is not well-formed XML"));
        assertTrue(refused("<svg xmlns=\"http://www.w3.org/2000/svg\">&#1;</svg>").reason().startsWith("It is not well-formed XML"));
    }

    @Test
    void readsOtherEncodingsAndWritesUtf8() {
        byte[] utf16 = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><title>\u00a3 \u0175</title></svg>"
                .getBytes(StandardCharsets.UTF_16);
        SvgSanitizer.Clean result = assertInstanceOf(SvgSanitizer.Clean.class, SvgSanitizer.sanitise(utf16));
        assertTrue(new String(result.svg(), StandardCharsets.UTF_8).contains("<title>\u00a3 \u0175</title>"));
        assertEquals("It is saved in an encoding (UTF-7) that cannot be read safely.",
                refused("<?xml version=\"1.0\" encoding=\"UTF-7\"?><svg xmlns=\"http://www.w3.org/2000/svg\"/>").reason());
    }

    @Test
    void anXml11CharacterReferenceToAControlCharacterIsDropped() {
        String svg = cleaned("<?xml version=\"1.1\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><title>A&#1;B</title></svg>");
        assertTrue(svg.contains("<title>AB</title>"), svg);
    }

    @Test
    void deepNestingAndManyAttributesFinishQuicklyAndTheSameEveryTime() {
        String deep = "<svg xmlns=\"http://www.w3.org/2000/svg\">" + "<g>".repeat(20_000) + "<script>x</script>" + "</g>".repeat(20_000) + "</svg>";
        long started = System.nanoTime();
        SvgSanitizer.Clean first = clean(deep);
        assertTrue(System.nanoTime() - started < 5_000_000_000L);
        assertEquals(1, first.removed().size());
        assertArrayEquals(first.svg(), clean(deep).svg());
    }
}
