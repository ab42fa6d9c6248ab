package org.rcpmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rcpmodel.AlmatyFixture;
import org.rcpmodel.ConsultativeProcess;
import org.rcpmodel.Document;
import org.rcpmodel.Participation;
import org.rcpmodel.time.PartialDate;
import org.rcpmodel.time.Period;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/** The per-read table that shares ids, codes, references, dates and periods. */
class NamesTest {

  private static final JsonFactory FACTORY = new JsonFactory();

  /** Reads every string of a JSON array through one table, as names. */
  private static List<String> readAll(Names names, String jsonArray) {
    List<String> read = new ArrayList<>();
    try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), jsonArray)) {
      assertThat(p.nextToken()).isEqualTo(JsonToken.START_ARRAY);
      while (p.nextToken() != JsonToken.END_ARRAY) {
        read.add(names.read(p));
      }
    }
    return read;
  }

  private static String quoted(List<String> texts) {
    StringBuilder sb = new StringBuilder("[");
    for (String t : texts) {
      sb.append(sb.length() > 1 ? "," : "").append('"').append(t).append('"');
    }
    return sb.append(']').toString();
  }

  @Test
  void equalTextsReadAsOneInstanceAndDifferentTextsStayApart() {
    List<String> read = readAll(new Names(), "[\"KAZ\", \"src-1\", \"KAZ\", \"src-1\", \"KGZ\", \"\"]");
    assertThat(read).containsExactly("KAZ", "src-1", "KAZ", "src-1", "KGZ", "");
    assertThat(read.get(2)).isSameAs(read.get(0));
    assertThat(read.get(3)).isSameAs(read.get(1));
    assertThat(read.get(4)).isNotSameAs(read.get(0));
  }

  @Test
  void escapesAndCharactersOutsideAsciiAreReadAsWritten() {
    List<String> read = readAll(new Names(), "[\"T\\u00fcrkiye\", \"Türkiye\", \"a\\\"b\", \"\uD83C\uDDF9\uD83C\uDDF7\"]");
    assertThat(read).containsExactly("Türkiye", "Türkiye", "a\"b", "\uD83C\uDDF9\uD83C\uDDF7");
    assertThat(read.get(1)).isSameAs(read.get(0));
  }

  @Test
  void textsThatCollideOnPurposeAreAllReadCorrectly() {
    // "Aa" and "BB" have the same String hash, so every 16-character mix of them collides: 256 texts
    // on one probe sequence, more than the probe limit; each must still come back as itself.
    List<String> colliding = new ArrayList<>();
    for (int bits = 0; bits < 256; bits++) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < 8; i++) {
        sb.append((bits >> i & 1) == 0 ? "Aa" : "BB");
      }
      colliding.add(sb.toString());
    }
    assertThat(colliding.stream().mapToInt(String::hashCode).distinct().count()).isEqualTo(1);
    List<String> twice = new ArrayList<>(colliding);
    twice.addAll(colliding);
    Names names = new Names();
    List<String> read = readAll(names, quoted(twice));
    assertThat(read).isEqualTo(twice);
    assertThat(names.size()).isLessThanOrEqualTo(Names.MAX_PROBES);
  }

  @Test
  void theTableStopsGrowingAtItsBoundAndStillReadsEveryText() {
    List<String> many = new ArrayList<>();
    for (int i = 0; i < Names.MAX_NAMES + 1000; i++) {
      many.add("id-" + i);
    }
    Names names = new Names();
    assertThat(readAll(names, quoted(many))).isEqualTo(many);
    assertThat(names.size()).isLessThanOrEqualTo(Names.MAX_NAMES);
    assertThat(names.size()).isGreaterThan(Names.MAX_NAMES / 2);
  }

  @Test
  void longTextsAreReadButNotKept() {
    String longText = "x".repeat(Names.MAX_NAME_LENGTH + 1);
    Names names = new Names();
    List<String> read = readAll(names, quoted(List.of(longText, longText)));
    assertThat(read).containsExactly(longText, longText);
    assertThat(names.size()).isZero();
  }

  @Test
  void aNameThatIsNotAStringIsAWrongTypeProblem() {
    try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), "[12]")) {
      p.nextToken();
      p.nextToken();
      assertThatThrownBy(() -> new Names().read(p)).isInstanceOf(InputProblem.class).hasMessageContaining("a string");
    }
  }

  @Test
  void aDocumentReadThroughRcpJsonSharesItsNamesDatesAndPeriods() {
    Document doc = RcpJson.strict().read(RcpJson.strict().write(AlmatyFixture.document())).document();
    ConsultativeProcess process = doc.getProcesses().get(0);
    String sourceId = doc.getSources().get(0).getId();
    // Every mention of the first source, anywhere in the process, is the source's own id instance.
    List<String> mentions = new ArrayList<>();
    process.getSources().forEach(mentions::add);
    for (Participation p : process.getParticipations()) {
      p.getSources().forEach(mentions::add);
    }
    assertThat(mentions).filteredOn(sourceId::equals).isNotEmpty().allSatisfy(id -> assertThat(id).isSameAs(sourceId));
    // Equal periods and as-of dates are one instance each.
    List<Period> periods = new ArrayList<>();
    List<PartialDate> asOfs = new ArrayList<>();
    for (Participation p : process.getParticipations()) {
      p.getPeriod().ifPresent(periods::add);
      p.getAsOf().ifPresent(asOfs::add);
    }
    assertThat(periods.stream().distinct().count()).isLessThan(periods.size());
    assertThat(periods).allSatisfy(period -> assertThat(periods.stream().filter(period::equals))
        .allSatisfy(same -> assertThat(same).isSameAs(period)));
    assertThat(asOfs).allSatisfy(date -> assertThat(asOfs.stream().filter(date::equals))
        .allSatisfy(same -> assertThat(same).isSameAs(date)));
  }
}
