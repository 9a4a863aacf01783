package org.rapporteur.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The one XML escaper and the one YAML quoter: what they change, and that YAML reads back what was written. */
class EscapingTest {

    @Test
    void xmlTextEscapesMarkupAndBlanksTheControlsXmlForbids() {
        assertThat(XmlText.escape("<b a=\"1\">Tom & Jerry's</b>"))
                .isEqualTo("&lt;b a=&quot;1&quot;&gt;Tom &amp; Jerry's&lt;/b&gt;");
        assertThat(XmlText.escape("a\u0000b\u001bc\td\ne\rf")).isEqualTo("a b c\td\ne\rf");
        assertThat(XmlText.escape("Ysgol Gymraeg – 日本 😀")).isEqualTo("Ysgol Gymraeg – 日本 😀");
    }

    @Test
    void yamlTextIsPlainOnlyWhereThatIsUnambiguous() {
        assertThat(YamlText.scalar("Court order (community)")).isEqualTo("Court order (community)");
        assertThat(YamlText.scalar("yes")).isEqualTo("\"yes\"");
        assertThat(YamlText.scalar("NaN")).isEqualTo("\"NaN\"");
        assertThat(YamlText.scalar("trailing ")).isEqualTo("\"trailing \"");
        assertThat(YamlText.scalar("2.1")).isEqualTo("\"2.1\"");
        assertThat(YamlText.quoted("a \"b\" \\ c\n\u001b\u2028")).isEqualTo("\"a \\\"b\\\" \\\\ c\\n\\u001B\\u2028\"");
    }

    @Test
    void yamlTextReadsBackAsTheSameString() {
        Yaml yaml = new Yaml();
        for (String text : new String[] {"plain text", "yes", "off", "key: value", "# not a comment", "-",
                "tab\there", "line\r\nend", "\u0007bell", "\u0085next", "\ufeffmark", "\u2029", "日本 😀", ""}) {
            assertThat((Object) yaml.load("v: " + YamlText.scalar(text))).as(text)
                    .isEqualTo(java.util.Map.of("v", text));
        }
    }
}
