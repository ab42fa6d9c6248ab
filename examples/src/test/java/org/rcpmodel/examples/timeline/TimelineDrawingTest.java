package org.rcpmodel.examples.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.rcpmodel.Chairmanship;
import org.rcpmodel.ConsultativeProcess;
import org.rcpmodel.Declaration;
import org.rcpmodel.Document;
import org.rcpmodel.FormerName;
import org.rcpmodel.Meeting;
import org.rcpmodel.MeetingLevel;
import org.rcpmodel.Participant;
import org.rcpmodel.Participation;
import org.rcpmodel.ProcessKind;
import org.rcpmodel.Role;
import org.rcpmodel.State;
import org.rcpmodel.examples.DocumentNames;
import org.rcpmodel.json.RcpJson;
import org.rcpmodel.time.PartialDate;
import org.rcpmodel.time.Period;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The timeline as people read it: rows by name, honest uncertainty, milestones, legend, streaming. */
class TimelineDrawingTest {

  private static final String SVG = "http://www.w3.org/2000/svg";

  private static org.w3c.dom.Document parse(String svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<Element> byClass(org.w3c.dom.Node root, String cssClass) {
    List<Element> found = new ArrayList<>();
    NodeList all = root instanceof org.w3c.dom.Document d ? d.getElementsByTagNameNS(SVG, "*")
        : ((Element) root).getElementsByTagNameNS(SVG, "*");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (List.of(e.getAttribute("class").split(" ")).contains(cssClass)) {
        found.add(e);
      }
    }
    return found;
  }

  private static List<String> texts(org.w3c.dom.Node root, String cssClass) {
    List<String> found = new ArrayList<>();
    for (Element g : byClass(root, cssClass)) {
      NodeList text = g.getElementsByTagNameNS(SVG, "text");
      for (int i = 0; i < text.getLength(); i++) {
        found.add(text.item(i).getFirstChild().getNodeValue());
      }
    }
    return found;
  }

  private static double x(Element rect) {
    return Double.parseDouble(rect.getAttribute("x"));
  }

  private static double right(Element rect) {
    return x(rect) + Double.parseDouble(rect.getAttribute("width"));
  }

  private static List<Element> rects(Element group) {
    List<Element> rects = new ArrayList<>();
    NodeList all = group.getElementsByTagNameNS(SVG, "rect");
    for (int i = 0; i < all.getLength(); i++) {
      Element r = (Element) all.item(i);
      if (!r.getAttribute("class").equals("held-on")) {
        rects.add(r);
      }
    }
    return rects;
  }

  static Document almaty() {
    try (InputStream in = TimelineDrawingTest.class.getResourceAsStream("/org/rcpmodel/examples/almaty-process.json")) {
      return RcpJson.strict().read(in, "almaty-process.json").document();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Participation part(String state, Role role, String period, String asOf) {
    Participation.Builder b = Participation.builder().participant(Participant.state(state)).role(role);
    if (period != null) {
      b.period(Period.parse(period));
    }
    if (asOf != null) {
      b.asOf(PartialDate.parse(asOf));
    }
    return b.build();
  }

  private static Chairmanship term(String state, String period) {
    return Chairmanship.builder().addChairs(Participant.state(state)).period(Period.parse(period)).build();
  }

  /** A process with a renamed State that moved from observer to member, and year-precision hand-overs. */
  private static Document sample() {
    ConsultativeProcess process = ConsultativeProcess.builder().id("p").name("Sample Process").kind(ProcessKind.RCP)
        .established(PartialDate.parse("2010"))
        .addParticipations(part("TUR", Role.OBSERVER, "2010/2015", null), part("TUR", Role.MEMBER, "2015/..", "2024-06-01"),
            part("KAZ", Role.MEMBER, "2010/..", null), part("ITA", Role.OBSERVER, null, "2024-06-01"))
        .addChairs(term("KAZ", "2010/2013"), term("TUR", "2013/2016"), term("KAZ", "2017/2018"), term("TUR", "2019/2022"),
            term("KAZ", "2024-03/.."))
        .addMeetings(Meeting.builder().id("m1").name("First Ministerial Conference").city("Astana")
            .level(MeetingLevel.MINISTERIAL_CONFERENCE).period(Period.parse("2010-05-04")).build())
        .addDeclarations(Declaration.builder().id("d1").title("Astana Declaration").adopted(PartialDate.parse("2010-05-04"))
            .meeting("m1").build())
        .build();
    return Document.builder().asOf(PartialDate.parse("2024-06-01"))
        .addStates(State.builder().code("TUR").name("Türkiye").addFormerNames(FormerName.of("Turkey", Period.parse("../2022-05-31")))
            .build(), State.of("KAZ", "Kazakhstan"), State.of("ITA", "Italy"))
        .addProcesses(process).build();
  }

  private static org.w3c.dom.Document draw(Document document) throws Exception {
    return parse(TimelineSvg.of(document).render(document.getProcesses().get(0)));
  }

  @Test
  void aStateThatMovedFromObserverToMemberIsOneRowUnderItsNameOnTheAsOfDate() throws Exception {
    org.w3c.dom.Document svg = draw(sample());

    List<String> rows = new ArrayList<>();
    for (Element e : byClass(svg, "participant")) {
      rows.add(e.getFirstChild().getNodeValue());
    }
    assertThat(rows).containsExactly("Kazakhstan", "Türkiye", "Italy");
    List<Element> turkey = byClass(svg, "participation").stream()
        .filter(e -> e.getAttribute("data-participant").equals("TUR")).toList();
    assertThat(turkey).extracting(e -> e.getAttribute("data-role")).containsExactlyInAnyOrder("OBSERVER", "MEMBER");
    // The same row: both bars are drawn at the same height, in their roles' different colours.
    assertThat(rects(turkey.get(0)).get(0).getAttribute("y")).isEqualTo(rects(turkey.get(1)).get(0).getAttribute("y"));
    assertThat(rects(turkey.get(0)).get(0).getAttribute("stroke")).isNotEqualTo(rects(turkey.get(1)).get(0).getAttribute("stroke"));
    assertThat(texts(svg, "chair-term")).contains("Türkiye").doesNotContain("Turkey", "TUR");
  }

  @Test
  void theAsOfLineIsTheDocumentsDateAndLaterStretchesAreOnlyMaybe() throws Exception {
    Document document = sample();
    org.w3c.dom.Document svg = draw(document);

    Element asOf = byClass(svg, "as-of").get(0);
    assertThat(asOf.getAttribute("data-as-of")).isEqualTo("2024-06-01");
    double asOfX = Double.parseDouble(((Element) asOf.getElementsByTagNameNS(SVG, "line").item(0)).getAttribute("x1"));
    for (Element group : byClass(svg, "participation")) {
      for (Element rect : rects(group)) {
        if (rect.getAttribute("class").equals("sure")) {
          // A stretch of one day is drawn 1.5 px wide at least, so that it shows.
          assertThat(right(rect)).isLessThanOrEqualTo(asOfX + 1.6);
        }
      }
    }
    // Kazakhstan's open-ended membership goes on past the as-of line, hatched, with the open-end arrow.
    Element kazakhstan = byClass(svg, "participation").stream()
        .filter(e -> e.getAttribute("data-participant").equals("KAZ")).findFirst().orElseThrow();
    List<Element> bars = rects(kazakhstan);
    assertThat(bars.get(bars.size() - 1).getAttribute("class")).isEqualTo("maybe");
    assertThat(right(bars.get(bars.size() - 1))).isGreaterThan(asOfX + 30);
    assertThat(byClass(kazakhstan, "open-end")).hasSize(1);
    // The open-ended chair term that began in March 2024 is sure up to the as-of date and only maybe after it.
    Element current = byClass(svg, "chair-term").stream()
        .filter(e -> e.getAttribute("data-period").equals("2024-03/..")).findFirst().orElseThrow();
    assertThat(rects(current)).extracting(r -> r.getAttribute("class")).containsExactly("maybe", "sure", "maybe");
    assertThat(right(rects(current).get(1))).isCloseTo(asOfX, org.assertj.core.data.Offset.offset(0.2));
    // A term recorded as starting in the month of the as-of date may not have begun by then: nothing of it is sure.
    Document later = Document.builder().from(document).asOf(PartialDate.parse("2024-03-15")).build();
    Element incoming = byClass(draw(later), "chair-term").stream()
        .filter(e -> e.getAttribute("data-period").equals("2024-03/..")).findFirst().orElseThrow();
    assertThat(rects(incoming)).extracting(r -> r.getAttribute("class")).containsOnly("maybe");
  }

  @Test
  void theAsOfLineNeverFollowsTheMachineClock() throws Exception {
    Document document = sample();

    String first = TimelineSvg.of(document).render(document.getProcesses().get(0));

    assertThat(first).doesNotContain(LocalDate.now().toString()).contains("as of 2024-06-01");
    Document undated = Document.builder().from(document).asOf(java.util.Optional.empty()).build();
    org.w3c.dom.Document svg = draw(undated);
    // Without an as-of date the latest recorded date stands in, and the picture says so.
    assertThat(byClass(svg, "as-of").get(0).getAttribute("data-as-of")).isEqualTo("2024-06-01");
    assertThat(texts(svg, "as-of")).containsExactly("latest record 2024-06-01");
  }

  @Test
  void nothingIsDrawnBeforeTheEstablishment() throws Exception {
    Document almaty = almaty();
    ConsultativeProcess process = almaty.getProcesses().get(0);
    org.w3c.dom.Document svg = draw(almaty);

    Element before = byClass(svg, "before-establishment").get(0);
    double established = right(before);
    assertThat(process.getEstablished()).isPresent();
    for (String cssClass : List.of("participation", "chair-term")) {
      for (Element group : byClass(svg, cssClass)) {
        for (Element rect : rects(group)) {
          assertThat(x(rect)).as(cssClass + " " + group.getAttribute("data-participant")).isGreaterThanOrEqualTo(established - 0.1);
        }
      }
    }
  }

  @Test
  void aYearPrecisionHandOverIsOneUnitSplitOnItsDiagonalNotTwoBarsOnTopOfEachOther() throws Exception {
    org.w3c.dom.Document svg = draw(sample());

    List<Element> terms = byClass(svg, "chair-term");
    Element first = terms.get(0);
    Element second = terms.get(1);
    Element outgoing = rects(first).get(rects(first).size() - 1);
    Element incoming = rects(second).get(0);
    assertThat(outgoing.getAttribute("clip-path")).isEqualTo("url(#hand-over-out)");
    assertThat(incoming.getAttribute("clip-path")).isEqualTo("url(#hand-over-in)");
    assertThat(x(outgoing)).isEqualTo(x(incoming));
    // Apart from the two halves of a hand-over, no two chair terms' stretches overlap.
    List<Element> whole = new ArrayList<>();
    for (Element term : terms) {
      for (Element rect : rects(term)) {
        if (rect.getAttribute("clip-path").isEmpty()) {
          whole.add(rect);
        }
      }
    }
    for (int i = 0; i < whole.size(); i++) {
      for (int j = i + 1; j < whole.size(); j++) {
        boolean overlap = x(whole.get(i)) < right(whole.get(j)) - 0.2 && x(whole.get(j)) < right(whole.get(i)) - 0.2;
        assertThat(overlap).as("stretches %s-%s and %s-%s overlap", x(whole.get(i)), right(whole.get(i)),
            x(whole.get(j)), right(whole.get(j))).isFalse();
      }
    }
  }

  @Test
  void yearPrecisionTermsLeaveNoYearLookingChairlessWhereTheRecordsHaveAChair() throws Exception {
    Document document = sample();
    org.w3c.dom.Document svg = draw(document);
    List<Element> chairRects = new ArrayList<>();
    for (Element term : byClass(svg, "chair-term")) {
      chairRects.addAll(rects(term));
    }
    List<Element> years = byClass(svg, "year");
    // Every year from 2010 to 2022 lies in some recorded term, if only as a year one term may end or the next may
    // start in (2016 ends one term, 2017 starts the next); 2023 lies in none.
    for (Element year : years) {
      int y = Integer.parseInt(year.getFirstChild().getNodeValue());
      if (y < 2010 || y > 2022) {
        continue;
      }
      double middle = Double.parseDouble(year.getAttribute("x")) - 2 + TimelineSvg.PX_PER_YEAR / 2;
      assertThat(chairRects.stream().anyMatch(r -> x(r) <= middle && middle <= right(r)))
          .as("a chair term is drawn in the middle of %d", y).isTrue();
    }
  }

  @Test
  void milestonesAreLabelledWithTheirNames() throws Exception {
    org.w3c.dom.Document svg = draw(sample());

    assertThat(texts(svg, "establishment")).containsExactly("established 2010");
    assertThat(texts(svg, "meeting")).containsExactly("First Ministerial Conference, Astana");
    assertThat(texts(svg, "declaration")).containsExactly("Astana Declaration");
  }

  @Test
  void theLegendExplainsEveryMark() throws Exception {
    org.w3c.dom.Document svg = draw(sample());

    assertThat(texts(svg, "legend-item")).anySatisfy(t -> assertThat(t).isEqualTo("member"))
        .anySatisfy(t -> assertThat(t).isEqualTo("observer"))
        .anySatisfy(t -> assertThat(t).startsWith("chair term"))
        .anySatisfy(t -> assertThat(t).startsWith("held in every reading"))
        .anySatisfy(t -> assertThat(t).startsWith("may have held"))
        .anySatisfy(t -> assertThat(t).startsWith("hand-over"))
        .anySatisfy(t -> assertThat(t).isEqualTo("no end recorded"))
        .anySatisfy(t -> assertThat(t).startsWith("a source says it held on"))
        .anySatisfy(t -> assertThat(t).startsWith("as of 2024-06-01"))
        .anySatisfy(t -> assertThat(t).startsWith("before the process was established"))
        .anySatisfy(t -> assertThat(t).isEqualTo("establishment"))
        .anySatisfy(t -> assertThat(t).isEqualTo("meeting or conference"))
        .anySatisfy(t -> assertThat(t).isEqualTo("declaration adopted"));
  }

  @Test
  void theWidthFitsTheSpanAndFromToNarrowIt() throws Exception {
    Document document = sample();
    ConsultativeProcess process = document.getProcesses().get(0);

    org.w3c.dom.Document whole = parse(TimelineSvg.of(document).render(process));
    org.w3c.dom.Document narrow = parse(TimelineSvg.of(document).from(PartialDate.parse("2018"))
        .to(PartialDate.parse("2021")).render(process));
    org.w3c.dom.Document wide = parse(TimelineSvg.of(document).from(PartialDate.parse("1990")).render(process));

    int wholeWidth = Integer.parseInt(whole.getDocumentElement().getAttribute("width"));
    int narrowWidth = Integer.parseInt(narrow.getDocumentElement().getAttribute("width"));
    int wideWidth = Integer.parseInt(wide.getDocumentElement().getAttribute("width"));
    assertThat(wideWidth - wholeWidth).isBetween((int) (20 * TimelineSvg.PX_PER_YEAR) - 2, (int) (20 * TimelineSvg.PX_PER_YEAR) + 2);
    assertThat(narrowWidth).isLessThan(wholeWidth);
    assertThat(byClass(narrow, "year")).extracting(e -> e.getFirstChild().getNodeValue())
        .containsExactly("2018", "2019", "2020", "2021");
    assertThatThrownBy(() -> TimelineSvg.of(document).from(PartialDate.parse("2022")).to(PartialDate.parse("2020"))
        .render(process)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void everyParticipantOfTheBundledDatasetHasARowByName() throws Exception {
    Document almaty = almaty();
    ConsultativeProcess process = almaty.getProcesses().get(0);
    PartialDate asOf = almaty.getAsOf().orElseThrow();
    DocumentNames names = DocumentNames.of(almaty);

    org.w3c.dom.Document svg = draw(almaty);

    List<String> rows = new ArrayList<>();
    for (Element e : byClass(svg, "participant")) {
      rows.add(e.getFirstChild().getNodeValue());
    }
    assertThat(rows).containsExactlyInAnyOrderElementsOf(process.getParticipations().stream()
        .map(p -> names.name(p.getParticipant(), asOf)).distinct().toList());
    assertThat(texts(svg, "meeting")).hasSize(process.getMeetings().size());
    assertThat(texts(svg, "declaration")).containsExactlyInAnyOrderElementsOf(
        process.getDeclarations().stream().map(Declaration::getTitle).toList());
  }

  @Test
  void thePictureIsWrittenAsAStreamInSmallPieces() throws Exception {
    ConsultativeProcess.Builder big = ConsultativeProcess.builder().id("big").name("Big").kind(ProcessKind.GLOBAL)
        .established(PartialDate.parse("2000"));
    for (int i = 0; i < 20_000; i++) {
      big.addParticipations(Participation.builder().participant(Participant.organization("org-" + i)).role(Role.MEMBER)
          .period(Period.parse("2001/..")).build());
    }
    ConsultativeProcess process = big.build();
    long[] total = {0};
    int[] largest = {0};
    Writer counting = new Writer() {
      @Override
      public void write(char[] buffer, int offset, int length) {
        total[0] += length;
        largest[0] = Math.max(largest[0], length);
      }

      @Override
      public void write(String text) {
        write(text.toCharArray(), 0, text.length());
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };

    TimelineSvg.asOf(LocalDate.of(2025, 1, 1)).write(process, counting);

    assertThat(total[0]).isGreaterThan(5_000_000L);
    assertThat(largest[0]).isLessThan(4_096);
  }
}
