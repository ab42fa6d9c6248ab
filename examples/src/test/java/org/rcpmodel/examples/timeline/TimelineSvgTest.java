package org.rcpmodel.examples.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.rcpmodel.AlmatyFixture;
import org.rcpmodel.Chairmanship;
import org.rcpmodel.ConsultativeProcess;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class TimelineSvgTest {

  private static org.w3c.dom.Document parse(String svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<Element> byClass(org.w3c.dom.Document doc, String cssClass) {
    List<Element> found = new ArrayList<>();
    NodeList all = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "*");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (e.getAttribute("class").equals(cssClass)) {
        found.add(e);
      }
    }
    return found;
  }

  @Test
  void everyChairTermOfTheAlmatyProcessIsDrawn() throws Exception {
    ConsultativeProcess almaty = AlmatyFixture.process();

    org.w3c.dom.Document svg = parse(TimelineSvg.asOf(LocalDate.of(2025, 4, 24)).render(almaty));

    assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
    assertThat(byClass(svg, "chair-term"))
        .extracting(e -> e.getAttribute("data-chair") + " " + e.getAttribute("data-period"))
        .containsExactlyElementsOf(almaty.getChairs().stream()
            .map(c -> c.getChairs().get(0).id() + " " + c.getPeriod()).toList());
  }

  @Test
  void yearPrecisionEndsAreDrawnAsMaybeAndTheKnownMiddleAsSure() throws Exception {
    ConsultativeProcess almaty = AlmatyFixture.process();

    org.w3c.dom.Document svg = parse(TimelineSvg.asOf(LocalDate.of(2025, 4, 24)).render(almaty));

    Element kyrgyzstan = byClass(svg, "chair-term").stream()
        .filter(e -> e.getAttribute("data-chair").equals("KGZ")).findFirst().orElseThrow();
    NodeList rects = kyrgyzstan.getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect");
    List<String> classes = new ArrayList<>();
    for (int i = 0; i < rects.getLength(); i++) {
      classes.add(((Element) rects.item(i)).getAttribute("class"));
    }
    // 2016/2018: the start may lie anywhere in 2016, the end anywhere in 2018; 2017 is sure.
    assertThat(classes).containsExactly("maybe", "sure", "maybe");
  }

  @Test
  void everyParticipationIsDrawnAndNamesAreEscaped() throws Exception {
    ConsultativeProcess process = ConsultativeProcess.builder().from(AlmatyFixture.process())
        .name("<Almaty> & \"friends\" \u0001").build();

    String text = TimelineSvg.asOf(LocalDate.of(2025, 4, 24)).render(process);
    org.w3c.dom.Document svg = parse(text);

    assertThat(byClass(svg, "participation")).hasSize(process.getParticipations().size());
    assertThat(svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "title").item(0).getTextContent())
        .startsWith("<Almaty> & \"friends\"");
    assertThat(byClass(svg, "meeting")).hasSize(process.getMeetings().size());
  }

  @Test
  void aProcessWithNoRecordsStillDrawsAnAxis() throws Exception {
    ConsultativeProcess empty = ConsultativeProcess.builder().id("p").name("Empty")
        .kind(org.rcpmodel.ProcessKind.RCP).build();

    org.w3c.dom.Document svg = parse(TimelineSvg.asOf(LocalDate.of(2025, 1, 1)).render(empty));

    // The dashed line marks the date the records are known as of (it was the machine's "today").
    assertThat(byClass(svg, "as-of")).hasSize(1);
    assertThat(byClass(svg, "chair-term")).isEmpty();
  }

  @Test
  void chairTermWithCoChairsNamesBoth() throws Exception {
    ConsultativeProcess bali = ConsultativeProcess.builder().id("bali").name("Bali Process")
        .kind(org.rcpmodel.ProcessKind.IRF)
        .addChairs(Chairmanship.builder()
            .addChairs(org.rcpmodel.Participant.state("AUS"), org.rcpmodel.Participant.state("IDN"))
            .period(org.rcpmodel.time.Period.parse("2002/..")).build())
        .build();

    org.w3c.dom.Document svg = parse(TimelineSvg.asOf(LocalDate.of(2025, 1, 1)).render(bali));

    assertThat(byClass(svg, "chair-term")).singleElement()
        .satisfies(e -> assertThat(e.getAttribute("data-chair")).isEqualTo("AUS + IDN"));
  }

  @Test
  void xmlKeepsSurrogatePairsAndReplacesLoneSurrogates() {
    assertThat(TimelineSvg.xml("a\ud83d\ude00b")).isEqualTo("a\ud83d\ude00b");
    assertThat(TimelineSvg.xml("\ud800")).isEqualTo("\uFFFD");
    assertThat(TimelineSvg.xml("x\udc00\ud800")).isEqualTo("x\uFFFD\uFFFD");
    assertThat(TimelineSvg.xml("\ud800\ud83d\ude00")).isEqualTo("\uFFFD\ud83d\ude00");
    assertThat(TimelineSvg.xml("end\ud83d")).isEqualTo("end\uFFFD");
  }

  @Test
  void aLoneSurrogateInANameIsReplacedSoThePictureEncodesAsUtf8() throws Exception {
    ConsultativeProcess process = ConsultativeProcess.builder().from(AlmatyFixture.process())
        .name("Almaty \ud800 Process \ud83d\ude00").build();

    String text = TimelineSvg.asOf(LocalDate.of(2025, 4, 24)).render(process);

    assertThat(text).doesNotContain("\ud800").contains("Almaty \uFFFD Process \ud83d\ude00");
    // Strict encoding fails on an unpaired surrogate, as Files.writeString does.
    java.nio.ByteBuffer bytes = StandardCharsets.UTF_8.newEncoder()
        .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
        .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
        .encode(java.nio.CharBuffer.wrap(text));
    assertThat(bytes.remaining()).isPositive();
    assertThat(parse(text).getElementsByTagNameNS("http://www.w3.org/2000/svg", "title").item(0).getTextContent())
        .startsWith("Almaty \uFFFD Process");
  }
}
