package org.rcpmodel.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.rcpmodel.Document;
import org.rcpmodel.json.RcpJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reference datasets that ship in the examples jar: one document per process, each recording only
 * what its public sources state (see {@code docs/DATASETS.md} and {@code docs/ALMATY.md}).
 *
 * <p>The list is fixed at build time and immutable; every method is thread-safe.
 */
public final class Datasets {

  /**
   * One bundled dataset.
   *
   * @param id the dataset's id, which is also its process's id and its file name without {@code .json};
   *     not null
   * @param resource the classpath location of its document; not null
   */
  public record Dataset(String id, String resource) {

    /**
     * Creates a dataset entry.
     *
     * @throws NullPointerException if an argument is null
     */
    public Dataset {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(resource, "resource");
    }

    /**
     * The file name an export gives the dataset.
     *
     * @return {@code id + ".json"}
     */
    public String fileName() {
      return id + ".json";
    }

    /**
     * The document's text exactly as it ships (UTF-8, the writer's own layout).
     *
     * @return the text; never null
     * @throws UncheckedIOException if the resource is missing from the jar or cannot be read
     */
    public String text() {
      try (InputStream in = Datasets.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new UncheckedIOException(new IOException("the bundled dataset " + resource + " is missing from the jar"));
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /**
     * The number of records in the document that cite sources: every JSON object with a
     * {@code sources} array of source ids (a process, a participation, a count, a chair term, a
     * statement, a post and so on). The document's own list of Source objects is not counted.
     *
     * @return at least 0
     * @throws UncheckedIOException if the resource is missing or cannot be read
     */
    public int records() {
      return citing(MAPPER.readTree(text()));
    }

    /**
     * Reads the document strictly.
     *
     * @return a new document; never null
     * @throws UncheckedIOException if the resource is missing or cannot be read
     * @throws org.rcpmodel.json.RcpJsonException if the shipped text does not read (a build defect)
     */
    public Document read() {
      return RcpJson.strict().read(text()).document();
    }
  }

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private static int citing(JsonNode node) {
    int n = 0;
    if (node.isObject()) {
      JsonNode sources = node.get("sources");
      if (sources != null && sources.isArray() && !sources.isEmpty() && sources.get(0).isString()) {
        n++;
      }
    }
    for (JsonNode child : node) {
      n += citing(child);
    }
    return n;
  }

  private static final String DIR = "/org/rcpmodel/examples/datasets/";

  private static final List<Dataset> ALL = List.of(
      new Dataset("almaty-process", "/org/rcpmodel/examples/almaty-process.json"),
      new Dataset("bali-process", DIR + "bali-process.json"),
      new Dataset("budapest-process", DIR + "budapest-process.json"),
      new Dataset("abu-dhabi-dialogue", DIR + "abu-dhabi-dialogue.json"),
      new Dataset("puebla-process", DIR + "puebla-process.json"),
      new Dataset("sacm", DIR + "sacm.json"),
      new Dataset("midsa", DIR + "midsa.json"),
      new Dataset("igad-rcp", DIR + "igad-rcp.json"),
      new Dataset("rabat-process", DIR + "rabat-process.json"));

  private Datasets() {}

  /**
   * Every bundled dataset, in a fixed order (the Almaty Process first).
   *
   * @return an immutable list of nine datasets
   */
  public static List<Dataset> all() {
    return ALL;
  }

  /**
   * The dataset with an id.
   *
   * @param id an id such as {@code "bali-process"}; not null
   * @return the dataset, or empty if none has that id
   */
  public static Optional<Dataset> find(String id) {
    Objects.requireNonNull(id, "id");
    return ALL.stream().filter(d -> d.id().equals(id)).findFirst();
  }
}
