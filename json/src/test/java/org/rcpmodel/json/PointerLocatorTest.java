package org.rcpmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.rcpmodel.Document;
import org.rcpmodel.ConsultativeProcess;
import org.rcpmodel.ProcessKind;
import org.rcpmodel.validation.RcpValidator;
import org.rcpmodel.validation.Violation;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

class PointerLocatorTest {

  private static Map<String, PointerLocator.Position> locate(String json, List<String> pointers) {
    return PointerLocator.locate(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), pointers);
  }

  @Test
  void aPropertyIsFoundAtItsNameAndAnElementAtItsFirstCharacter() {
    String json = "{\n  \"a\": 1,\n  \"list\": [\n    {\"x\": true},\n    [2, 3]\n  ]\n}\n";

    Map<String, PointerLocator.Position> at = locate(json, List.of("", "/a", "/list/0", "/list/0/x", "/list/1/1"));

    assertThat(at.get("")).isEqualTo(new PointerLocator.Position(1, 1, "", true));
    assertThat(at.get("/a")).isEqualTo(new PointerLocator.Position(2, 3, "/a", true));
    assertThat(at.get("/list/0")).isEqualTo(new PointerLocator.Position(4, 5, "/list/0", true));
    assertThat(at.get("/list/0/x")).isEqualTo(new PointerLocator.Position(4, 6, "/list/0/x", true));
    assertThat(at.get("/list/1/1")).isEqualTo(new PointerLocator.Position(5, 9, "/list/1/1", true));
  }

  @Test
  void aMissingValueIsFoundAtItsNearestAncestorAndSaysItIsNotExact() {
    String json = "{\"processes\": [\n {\"id\": \"p\"}\n]}";

    Map<String, PointerLocator.Position> at = locate(json, List.of("/processes/0/members", "/processes/7/name"));

    assertThat(at.get("/processes/0/members")).isEqualTo(new PointerLocator.Position(2, 2, "/processes/0", false));
    assertThat(at.get("/processes/7/name")).isEqualTo(new PointerLocator.Position(1, 2, "/processes", false));
  }

  @Test
  void namesWithSlashesAndTildesAreMatchedInTheirEscapedForm() {
    String json = "{\"a/b\": {\"c~d\": 1}}";

    assertThat(locate(json, List.of("/a~1b/c~0d")).get("/a~1b/c~0d"))
        .isEqualTo(new PointerLocator.Position(1, 10, "/a~1b/c~0d", true));
  }

  @Test
  void textThatStopsBeingJsonKeepsWhatWasFoundBefore() {
    Map<String, PointerLocator.Position> at = locate("{\"a\": 1,\n \"b\": [1, }", List.of("/a", "/b", "/b/1"));

    assertThat(at.get("/a")).isEqualTo(new PointerLocator.Position(1, 2, "/a", true));
    assertThat(at.get("/b")).isEqualTo(new PointerLocator.Position(2, 2, "/b", true));
    assertThat(at.get("/b/1")).isEqualTo(new PointerLocator.Position(2, 2, "/b", false));
  }

  @Test
  void everyViolationOfAWrittenDocumentIsLocatedAtItsOwnPointer() {
    Document document = Document.builder().addProcesses(ConsultativeProcess.builder()
        .id("p").name("Empty process").kind(ProcessKind.RCP).build()).build();
    String json = RcpJson.strict().writePretty(document);
    List<String> paths = RcpValidator.validate(document).violations().stream().map(Violation::path).toList();
    assertThat(paths).isNotEmpty();

    Map<String, PointerLocator.Position> at = locate(json, paths);

    assertThat(at.keySet()).containsExactlyInAnyOrderElementsOf(paths);
    at.forEach((pointer, position) -> {
      String line = json.lines().toList().get(position.line() - 1);
      assertThat(line.substring(position.column() - 1)).as(pointer).matches("[\\[{\"].*");
    });
  }

  @Test
  void skippingSubtreesFindsWhatAFullWalkWithJacksonsOwnPointersFinds() {
    qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      StringBuilder json = new StringBuilder();
      value(random, json, 0);
      Map<String, PointerLocator.Position> all = fullWalk(json.toString());
      List<String> wanted = new ArrayList<>();
      for (String pointer : all.keySet()) {
        if (random.nextInt(3) == 0) {
          wanted.add(pointer);
        }
        if (random.nextInt(6) == 0) {
          wanted.add(pointer + (random.nextBoolean() ? "/missing" : "/99"));
        }
      }
      Map<String, PointerLocator.Position> expected = new HashMap<>();
      for (String pointer : wanted) {
        for (String p = pointer; ; p = p.substring(0, Math.max(0, p.lastIndexOf('/')))) {
          PointerLocator.Position at = all.get(p);
          if (at != null) {
            expected.put(pointer, new PointerLocator.Position(at.line(), at.column(), p, p.equals(pointer)));
            break;
          }
        }
      }

      assertThat(locate(json.toString(), wanted)).as(json.toString()).isEqualTo(expected);
    });
  }

  /** Every value's position, from the pointers jackson-core's own read context computes, reading everything. */
  private static Map<String, PointerLocator.Position> fullWalk(String json) {
    Map<String, PointerLocator.Position> all = new HashMap<>();
    try (JsonParser p = JsonFactory.builder().build().createParser(ObjectReadContext.empty(),
        json.getBytes(StandardCharsets.UTF_8))) {
      for (JsonToken token = p.nextToken(); token != null; token = p.nextToken()) {
        if (token == JsonToken.END_ARRAY || token == JsonToken.END_OBJECT) {
          continue;
        }
        String pointer = p.streamReadContext().pathAsPointer().toString();
        var location = p.currentTokenLocation();
        all.putIfAbsent(pointer, new PointerLocator.Position(location.getLineNr(), location.getColumnNr(), pointer, true));
      }
    }
    return all;
  }

  private static final String[] NAMES = {"a", "id", "x/y", "t~n", "processes", "имя", ""};

  private static void value(Random random, StringBuilder out, int depth) {
    int kind = depth >= 4 ? random.nextInt(3) : random.nextInt(5);
    switch (kind) {
      case 0 -> out.append(random.nextInt(1000));
      case 1 -> out.append("\"s").append(random.nextInt(10)).append('"');
      case 2 -> out.append(random.nextBoolean());
      case 3 -> {
        out.append('[');
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
          space(random, out);
          value(random, out, depth + 1);
          if (i + 1 < n) {
            out.append(',');
          }
        }
        out.append(']');
      }
      default -> {
        out.append('{');
        int n = random.nextInt(4);
        List<String> used = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          String name = NAMES[random.nextInt(NAMES.length)];
          if (used.contains(name)) {
            continue;
          }
          if (!used.isEmpty()) {
            out.append(',');
          }
          used.add(name);
          space(random, out);
          out.append('"').append(name).append("\":");
          space(random, out);
          value(random, out, depth + 1);
        }
        out.append('}');
      }
    }
  }

  private static void space(Random random, StringBuilder out) {
    switch (random.nextInt(4)) {
      case 0 -> out.append('\n');
      case 1 -> out.append("\n  ");
      case 2 -> out.append(' ');
      default -> { }
    }
  }
}
