package org.rcpmodel.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rcpmodel.ConsultativeProcess;
import org.rcpmodel.Declaration;
import org.rcpmodel.Document;
import org.rcpmodel.Meeting;
import org.rcpmodel.examples.DocumentNames;
import org.rcpmodel.examples.Markup;
import org.rcpmodel.json.RcpJson;

/**
 * The Almaty Process's timeline and report as a browser shows them: scripts/render-check.sh renders
 * both with headless Chromium to PNG and to a DOM dump, and this test reads what came out. Skipped,
 * saying so, where Chromium is not installed.
 */
class BrowserRenderTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  @TempDir
  static Path dir;

  private static Document almaty;
  private static Path script;

  @BeforeAll
  static void renderTheAlmatyTimelineAndReport() throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM),
        "Chromium is not installed at /usr/bin/chromium (Debian package chromium): the browser check is skipped");
    script = Path.of(System.getProperty("user.dir")).toAbsolutePath().getParent().resolve("scripts/render-check.sh");
    assumeTrue(Files.isExecutable(script), "scripts/render-check.sh is not beside the examples module: " + script);
    Path input = dir.resolve("almaty-process.json");
    try (InputStream in = Rcp.class.getResourceAsStream(Inputs.ALMATY_RESOURCE)) {
      Files.copy(in, input);
    }
    almaty = RcpJson.strict().read(input).document();
    rcp("timeline", input.toString(), "--process", almaty.getProcesses().get(0).getId(), "--out",
        dir.resolve("timeline.svg").toString());
    rcp("report", input.toString(), "--out", dir.resolve("report.html").toString());

    Process render = new ProcessBuilder(script.toString(), "-o", dir.resolve("out").toString(),
        dir.resolve("timeline.svg").toString(), dir.resolve("report.html").toString(),
        dir.resolve("report.html") + "@390x2400")
        .redirectErrorStream(true).redirectOutput(dir.resolve("render.txt").toFile()).start();
    // A hang guard, far above the few seconds a render takes.
    assertThat(render.waitFor(300, TimeUnit.SECONDS)).as("render-check finished").isTrue();
    assertThat(render.exitValue()).as(Files.readString(dir.resolve("render.txt"))).isZero();
  }

  private static void rcp(String... args) {
    StringWriter err = new StringWriter();
    int code = Rcp.run(args, new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertThat(code).as(err.toString()).isZero();
  }

  private static String dom(String name) throws Exception {
    return Files.readString(dir.resolve("out").resolve(name + ".dom.html"), StandardCharsets.UTF_8);
  }

  /** What a reader must find in the picture: every participant's name, every milestone's label, the legend. */
  private static List<String> expectedText() {
    ConsultativeProcess process = almaty.getProcesses().get(0);
    DocumentNames names = DocumentNames.of(almaty);
    List<String> expected = new ArrayList<>();
    process.getParticipations().forEach(p -> expected.add(names.name(p.getParticipant(), almaty.getAsOf().orElseThrow())));
    process.getChairs().forEach(c -> c.getChairs().forEach(p -> expected.add(names.name(p, almaty.getAsOf().orElseThrow()))));
    for (Meeting m : process.getMeetings()) {
      expected.add(m.getName().orElse(m.getId()));
    }
    for (Declaration d : process.getDeclarations()) {
      expected.add(d.getTitle());
    }
    process.getEstablished().ifPresent(d -> expected.add("established " + d));
    expected.addAll(List.of("Legend", "member", "observer", "secretariat", "chair term", "held in every reading",
        "may have held", "hand-over", "no end recorded", "a source says it held on this date", "establishment",
        "meeting or conference", "declaration adopted", "as of " + almaty.getAsOf().orElseThrow()));
    return expected.stream().map(Markup::escape).distinct().toList();
  }

  @Test
  void theTimelineShowsNamesMilestonesAndLegendWithACleanConsole() throws Exception {
    String dom = dom("timeline");

    assertThat(dom).contains(expectedText());
    assertThat(Files.readString(dir.resolve("out/timeline.log"))).doesNotContain("CONSOLE");
    BufferedImage png = ImageIO.read(dir.resolve("out/timeline.png").toFile());
    String svg = Files.readString(dir.resolve("timeline.svg"));
    assertThat(png.getWidth()).isEqualTo(Integer.parseInt(svg.replaceAll("(?s).*?<svg[^>]* width=\"(\\d+)\".*", "$1")));
    // The members' bars are painted in their colour, not left blank. The dataset dates no membership
    // (founding members from 2013 with no end, current ones as of 2025-04-24), so they are hatched
    // "may have held" bars whose stripes carry the colour: 404 pixels here, against 0 for blank bars.
    assertThat(countPixels(png, 0x2471a3)).isGreaterThan(300);
  }

  @Test
  void theReportShowsEverySectionAndTheEmbeddedTimelineOnDesktopAndPhone() throws Exception {
    for (String name : List.of("report", "report-390x2400")) {
      String dom = dom(name);

      assertThat(dom).contains(expectedText());
      assertThat(dom).contains("<svg", ">Findings<", ">Sources<", ">Chair history<", ">Participations<");
      assertThat(Files.readString(dir.resolve("out/" + name + ".log"))).as(name).doesNotContain("CONSOLE");
      BufferedImage png = ImageIO.read(dir.resolve("out/" + name + ".png").toFile());
      // Hatched member bars (see above): 289 pixels in the phone layout here.
      assertThat(countPixels(png, 0x2471a3)).as(name).isGreaterThan(200);
    }
    assertThat(ImageIO.read(dir.resolve("out/report-390x2400.png").toFile()).getWidth()).isEqualTo(390);
  }

  private static int countPixels(BufferedImage image, int rgb) {
    int count = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if ((image.getRGB(x, y) & 0xffffff) == rgb) {
          count++;
        }
      }
    }
    return count;
  }
}
