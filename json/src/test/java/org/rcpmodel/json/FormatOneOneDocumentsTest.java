package org.rcpmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rcpmodel.AlmatyFixture;
import org.rcpmodel.Approximation;
import org.rcpmodel.BodyKind;
import org.rcpmodel.ChairSelection;
import org.rcpmodel.Chairmanship;
import org.rcpmodel.ConsultativeProcess;
import org.rcpmodel.Document;
import org.rcpmodel.OtherName;
import org.rcpmodel.Participant;
import org.rcpmodel.ParticipantCount;
import org.rcpmodel.ParticipantGroup;
import org.rcpmodel.ParticipantKind;
import org.rcpmodel.Post;
import org.rcpmodel.Role;
import org.rcpmodel.Secretariat;
import org.rcpmodel.Source;
import org.rcpmodel.StatedProperty;
import org.rcpmodel.Statement;
import org.rcpmodel.time.PartialDate;
import org.rcpmodel.validation.RcpValidator;
import org.rcpmodel.validation.Violation;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Format 1.1: one document per addition, written from public sources, that reads to the model the
 * sources describe, writes back byte for byte, validates against the shipped schema and holds no
 * structural fault (field, id or reference) for the validator; 1.0 documents keep reading unchanged;
 * and the examples of docs/FORMAT.md are parts of these documents.
 */
class FormatOneOneDocumentsTest {

  static final String DIRECTORY = "/format-1.1/";

  static final List<String> DOCUMENTS = List.of("abu-dhabi-secretariat", "almaty-chair-person",
      "almaty-secretariat", "almaty-sources-over-time", "bali-counts", "budapest-established",
      "colombo-chair-sequence", "igad-group", "khartoum-groups", "midsa-rotation", "puebla-other-names",
      "rabat-steering-committee");

  private static final JsonMapper PLAIN = JsonMapper.builder().build();
  private static final Schema SCHEMA;

  static {
    try (InputStream in = FormatOneOneDocumentsTest.class.getResourceAsStream(RcpJson.SCHEMA_RESOURCE)) {
      SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(PLAIN.readTree(in));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private final RcpJson json = RcpJson.strict();

  static String text(String name) {
    try (InputStream in = FormatOneOneDocumentsTest.class.getResourceAsStream(DIRECTORY + name + ".json")) {
      assertThat(in).as("test resource %s", name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static Document document(String name) {
    return RcpJson.strict().read(text(name)).document();
  }

  private static ConsultativeProcess process(String name) {
    return document(name).getProcesses().get(0);
  }

  // ---- every document: round trip, schema, no structural fault -----------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"abu-dhabi-secretariat", "almaty-chair-person", "almaty-secretariat",
      "almaty-sources-over-time", "bali-counts", "budapest-established", "colombo-chair-sequence", "igad-group",
      "khartoum-groups", "midsa-rotation", "puebla-other-names", "rabat-steering-committee"})
  void eachDocumentWritesBackByteForByteBothWaysAndValidatesAgainstTheSchema(String name) {
    String text = text(name);
    ReadResult result = json.read(text);
    assertThat(result.warnings()).isEmpty();
    Document document = result.document();
    assertThat(document.getSchemaVersion()).isEqualTo("1.1");
    assertThat(json.writePretty(document) + "\n").isEqualTo(text);
    assertThat(json.read(json.write(document)).document()).isEqualTo(document);
    assertThat(SCHEMA.validate(PLAIN.readTree(text))).as(name).isEmpty();
    List<String> structural = new ArrayList<>();
    for (Violation v : RcpValidator.validate(document).violations()) {
      if (v.code().startsWith("field.") || v.code().startsWith("ref.") || v.code().startsWith("id.")) {
        structural.add(v.toString());
      }
    }
    assertThat(structural).as(name).isEmpty();
  }

  @Test
  void theJacksonModuleReadsAndWritesEveryDocumentAsRcpJsonDoes() {
    JsonMapper mapper = JsonMapper.builder().addModule(new RcpModule()).build();
    for (String name : DOCUMENTS) {
      Document read = mapper.readValue(text(name), Document.class);
      assertThat(read).as(name).isEqualTo(document(name));
      assertThat(mapper.writeValueAsString(read)).as(name).isEqualTo(json.write(read));
    }
  }

  @Test
  void theListOfDocumentsIsEveryFileInTheDirectory() throws IOException {
    try (var files = Files.list(Path.of("src", "test", "resources", "format-1.1"))) {
      assertThat(files.map(p -> p.getFileName().toString().replace(".json", "")))
          .containsExactlyInAnyOrderElementsOf(DOCUMENTS);
    }
  }

  // ---- what each document holds -----------------------------------------------------------------

  @Test
  void budapestKeepsBothFoundingYearsEachWithItsSource() {
    ConsultativeProcess budapest = process("budapest-established");
    assertThat(budapest.getEstablished()).isEmpty();
    assertThat(budapest.getStatements()).extracting(Statement::getProperty, Statement::value, Statement::getSources)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(StatedProperty.ESTABLISHED, "1993", List.of("iom-budapest")),
            org.assertj.core.groups.Tuple.tuple(StatedProperty.ESTABLISHED, "1991", List.of("iom-rcp-overview-2015")));
  }

  @Test
  void baliHoldsItsMembersAndObserversAsCountsPerRoleAndKind() {
    List<ParticipantCount> counts = process("bali-counts").getParticipantCounts();
    assertThat(counts).extracting(ParticipantCount::getRole, c -> c.getParticipantKind().orElseThrow(),
        ParticipantCount::getValue).containsExactly(
            org.assertj.core.groups.Tuple.tuple(Role.MEMBER, ParticipantKind.STATE, 45),
            org.assertj.core.groups.Tuple.tuple(Role.MEMBER, ParticipantKind.ORGANIZATION, 4),
            org.assertj.core.groups.Tuple.tuple(Role.OBSERVER, ParticipantKind.STATE, 18),
            org.assertj.core.groups.Tuple.tuple(Role.OBSERVER, ParticipantKind.ORGANIZATION, 9));
    assertThat(counts).allSatisfy(c -> assertThat(c.getAsOf()).contains(PartialDate.parse("2025-04-24")));
    assertThat(process("bali-counts").getParticipations()).isEmpty();
  }

  @Test
  void budapestsOverFiftyGovernmentsIsACountThatMayExceedAnyNumberNamed() {
    ParticipantCount over = process("budapest-established").getParticipantCounts().get(0);
    assertThat(over.getApproximation()).contains(Approximation.OVER);
    assertThat(over.mayExceed(1_000)).isTrue();
    ParticipantCount exact = process("budapest-established").getParticipantCounts().get(1);
    assertThat(exact.mayExceed(48)).isTrue();
    assertThat(exact.mayExceed(49)).isFalse();
  }

  @Test
  void almatyKeepsBothSecretariatAccountsAndTheChairingStateAsSecretariat() {
    List<Secretariat> accounts = process("almaty-secretariat").getSecretariats();
    assertThat(accounts).hasSize(3);
    assertThat(accounts.get(0).isChairingState()).isTrue();
    assertThat(accounts.get(0).getPerformers()).isEmpty();
    assertThat(accounts.get(1).getRole()).isEqualTo(Role.SUPPORT_UNIT);
    assertThat(accounts.get(2).getRole()).isEqualTo(Role.SECRETARIAT);
    assertThat(accounts.get(1).getPerformers()).isEqualTo(accounts.get(2).getPerformers())
        .containsExactly(Participant.organization("iom"), Participant.organization("unhcr"));
    assertThat(accounts.get(1).getSources()).containsExactly("iom-almaty");
    assertThat(accounts.get(2).getSources()).containsExactly("unhcr-almaty");
  }

  @Test
  void abuDhabiSecretariatChangesOverTimeFromIomToTheTroikaToAPermanentSecretariat() {
    ConsultativeProcess add = process("abu-dhabi-secretariat");
    assertThat(add.getSecretariats()).extracting(s -> s.getPeriod().map(Object::toString).orElse("-"))
        .containsExactly("2008-01/2012-04", "2012-04/", "-");
    assertThat(add.getSecretariats().get(1).getBody()).contains("add-troika");
    assertThat(add.getBodies()).singleElement().satisfies(b -> assertThat(b.getKind()).isEqualTo(BodyKind.TROIKA));
    assertThat(add.getSecretariats().get(2).getHost()).contains("ARE");
    assertThat(add.getChairingRule().getSelection()).contains(ChairSelection.ROTATION_BETWEEN_GROUPS);
    assertThat(add.getChairingRule().getRotationGroups()).containsExactly("add-sending", "add-receiving");
    assertThat(add.getGroups()).extracting(ParticipantGroup::getId).containsExactly("add-sending", "add-receiving");
    assertThat(add.getGroups()).allSatisfy(g -> assertThat(g.getRole()).isEmpty());
  }

  @Test
  void colomboKeepsTheOrderOfItsChairsWithoutDates() {
    List<Chairmanship> chairs = process("colombo-chair-sequence").getChairs();
    assertThat(chairs).extracting(c -> c.getOrdinal().orElseThrow()).containsExactly(1, 2, 3, 4, 5, 6);
    assertThat(chairs).extracting(c -> c.getChairs().get(0).id())
        .containsExactly("LKA", "PHL", "IDN", "BGD", "LKA", "NPL");
    assertThat(chairs).allSatisfy(c -> assertThat(c.getPeriod().toString()).isEqualTo("/"));
  }

  @Test
  void colomboMarksTheMembersItInferredFromTheChairsAndSaysWhy() {
    assertThat(process("colombo-chair-sequence").getParticipations()).allSatisfy(p -> {
      assertThat(p.isInferred()).isTrue();
      assertThat(p.getNotes()).containsExactly("Recorded as a member because it chaired; the source does not say so.");
    });
  }

  @Test
  void pueblaIsAlsoTheRegionalConferenceOnMigrationInEnglishAndSpanish() {
    ConsultativeProcess puebla = process("puebla-other-names");
    assertThat(puebla.getOtherNames()).extracting(OtherName::getName, n -> n.getAcronym().orElseThrow(),
        n -> n.getLanguage().orElseThrow()).containsExactly(
            org.assertj.core.groups.Tuple.tuple("Regional Conference on Migration", "RCM", "en"),
            org.assertj.core.groups.Tuple.tuple("Conferencia Regional sobre Migración", "CRM", "es"));
    assertThat(puebla.getChairingRule().getSelection()).contains(ChairSelection.ANNUAL_HOST);
    assertThat(puebla.getChairingRule().getOfficeTitle()).contains("Presidency Pro-Tempore");
  }

  @Test
  void kazakhstansChairTermHasAChairPersonWhoIsAlsoViceMinisterOfLabour() {
    Document almaty = document("almaty-chair-person");
    List<Post> posts = almaty.getPeople().get(0).getPosts();
    assertThat(almaty.getPeople().get(0).getName()).isEqualTo("B. Nurymbetov");
    assertThat(posts.get(0).getTitle()).isEqualTo("Vice-Minister of Labour");
    assertThat(posts.get(0).getState()).contains("KAZ");
    assertThat(posts.get(1).getProcess()).contains("almaty-process");
    assertThat(posts.get(1).getChairTerm()).contains("almaty-chair-kaz-2013");
    assertThat(almaty.getProcesses().get(0).getChairs().get(0).getId()).contains("almaty-chair-kaz-2013");
  }

  @Test
  void aNewerPageSupersedesAnOlderOneAndEachSaysWhenItWasRead() {
    List<Source> sources = document("almaty-sources-over-time").getSources();
    assertThat(sources.get(0).getAccessed()).contains(PartialDate.parse("2019-03-01"));
    assertThat(sources.get(1).getAccessed()).contains(PartialDate.parse("2025-04-24"));
    assertThat(sources.get(1).getSupersedes()).contains("iom-almaty-old");
  }

  @Test
  void groupsTakePartInARole() {
    assertThat(process("igad-group").getGroups()).singleElement().satisfies(g -> {
      assertThat(g.getMembersOf()).contains("igad");
      assertThat(g.getRole()).contains(Role.MEMBER);
      assertThat(g.getMembers()).isEmpty();
    });
    assertThat(process("khartoum-groups").getGroups()).extracting(ParticipantGroup::getName)
        .containsExactly("EU28", "Horn of Africa States");
    assertThat(process("rabat-steering-committee").getBodies()).singleElement()
        .satisfies(b -> assertThat(b.getKind()).isEqualTo(BodyKind.STEERING_COMMITTEE));
  }

  // ---- versions ----------------------------------------------------------------------------------

  @Test
  void aOnePointZeroDocumentReadsUnchangedAndStaysOnePointZero() throws IOException {
    String almaty = AlmatyRoundTripTest.almatyJson();
    assertThat(almaty).contains("\"schemaVersion\": \"1.0\"");
    Document read = json.read(almaty).document();
    assertThat(read.getSchemaVersion()).isEqualTo("1.0");
    assertThat(read).isEqualTo(AlmatyFixture.document());
    assertThat(json.writePretty(read) + "\n").isEqualTo(almaty);
    ConsultativeProcess process = read.getProcesses().get(0);
    assertThat(process.getStatements()).isEmpty();
    assertThat(process.getParticipantCounts()).isEmpty();
    assertThat(process.getGroups()).isEmpty();
    assertThat(process.getChairingRule().getSelection()).isEmpty();
    assertThat(process.getParticipations()).allSatisfy(p -> assertThat(p.isInferred()).isFalse());
  }

  @Test
  void aNewDocumentIsWrittenAsOnePointOne() {
    assertThat(json.write(Document.builder().build())).isEqualTo("{\"schemaVersion\":\"1.1\"}");
  }

  @Test
  void aFalseFlagIsOmittedOnWriteSoThatItsAbsenceMeansFalse() {
    String text = text("colombo-chair-sequence").replace("\"inferred\": true", "\"inferred\": false");
    Document read = json.read(text).document();
    assertThat(read.getProcesses().get(0).getParticipations()).allSatisfy(p -> assertThat(p.isInferred()).isFalse());
    assertThat(json.writePretty(read)).doesNotContain("inferred");
  }

  @Test
  void aStatementWhoseValueHasTheWrongFormForItsPropertyIsRefusedWhereItStands() {
    String text = text("budapest-established").replace("\"date\": \"1991\"", "\"text\": \"1991\"");
    RcpJsonException e = catchThrowableOfType(RcpJsonException.class, () -> json.read(text));
    assertThat(e.getCode()).isEqualTo(Codes.FIELD_INVALID);
    assertThat(e.getPointer()).isEqualTo("/processes/0/statements/1");
    assertThat(e.getMessage()).contains("ESTABLISHED", "'date'");
    assertThat(SCHEMA.validate(PLAIN.readTree(text))).isNotEmpty();
  }

  @Test
  void aSecretariatWithNoPerformerOrOfAnotherRoleIsRefusedByReaderAndSchema() {
    String noOne = text("almaty-secretariat").replace("\"chairingState\": true,", "");
    assertThat(catchThrowableOfType(RcpJsonException.class, () -> json.read(noOne)).getCode()).isEqualTo(Codes.FIELD_INVALID);
    assertThat(SCHEMA.validate(PLAIN.readTree(noOne))).isNotEmpty();
    String member = text("almaty-secretariat").replace("\"role\": \"SUPPORT_UNIT\"", "\"role\": \"MEMBER\"");
    assertThat(catchThrowableOfType(RcpJsonException.class, () -> json.read(member)).getCode()).isEqualTo(Codes.FIELD_INVALID);
    assertThat(SCHEMA.validate(PLAIN.readTree(member))).isNotEmpty();
  }

  // ---- docs/FORMAT.md: every example is a part of a test document -----------------------------

  /** {@code <!-- example: bali-counts.json /processes/0/participantCounts/0 -->} before a json block. */
  private static final Pattern EXAMPLE = Pattern.compile(
      "<!-- example: ([a-z0-9.-]+\\.json) (\\S*) -->\n```json\n(.*?)\n```", Pattern.DOTALL);

  private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(Separators.createDefaultInstance()
      .withObjectNameValueSpacing(Separators.Spacing.AFTER))
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n"));

  @Test
  void everyFormatOneOneExampleInFormatMdIsThePartOfATestDocumentItNames() throws IOException {
    String format = Files.readString(Path.of("..", "docs", "FORMAT.md"));
    Matcher m = EXAMPLE.matcher(format);
    int examples = 0;
    List<String> named = new ArrayList<>();
    while (m.find()) {
      examples++;
      String file = m.group(1);
      named.add(file.replace(".json", ""));
      JsonNode whole = PLAIN.readTree(text(file.replace(".json", "")));
      JsonNode part = m.group(2).isEmpty() ? whole : whole.at(m.group(2));
      assertThat(part.isMissingNode()).as("%s %s", file, m.group(2)).isFalse();
      assertThat(m.group(3)).as("example %s %s", file, m.group(2))
          .isEqualTo(PLAIN.writer().with(PRETTY).writeValueAsString(part));
    }
    assertThat(examples).as("examples marked in FORMAT.md").isGreaterThanOrEqualTo(10);
    assertThat(named).as("every test document is shown").containsAll(DOCUMENTS);
  }
}
