package org.rcpmodel.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.rcpmodel.ConsultativeProcess;
import org.rcpmodel.Document;
import org.rcpmodel.examples.Datasets;
import org.rcpmodel.json.Codes;
import org.rcpmodel.json.RcpJson;
import org.rcpmodel.json.RcpJsonException;
import org.rcpmodel.json.ReadResult;
import org.rcpmodel.time.InvalidDateException;
import org.rcpmodel.time.PartialDate;
import picocli.CommandLine;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

/** Reading the tool's inputs, turning every failure into a one-line {@link CliException}. */
final class Inputs {

  /** Classpath location of the bundled Almaty Process dataset. */
  static final String ALMATY_RESOURCE = "/org/rcpmodel/examples/almaty-process.json";

  /**
   * The one JSON factory of the tool's {@code --format json} output. Its generators never close the
   * writer they write to (so a command can write several documents to standard output and go on
   * printing), but closing a generator still flushes what it wrote. Thread-safe.
   */
  static final JsonFactory JSON = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private Inputs() {}

  /**
   * Reads a document file.
   *
   * @param file the file; not null
   * @param lenient whether unknown properties are skipped (and reported as warnings) instead of failing
   * @return the document and its reading warnings
   * @throws CliException with exit code {@link Rcp#BAD_INPUT}, a one-line message naming the file, and a
   *     {@link CliException#code() code}: {@link Codes#IO} when the file is missing, a directory or cannot
   *     be read; {@link Codes#MALFORMED} when it is empty; otherwise the code of the library's
   *     {@link RcpJsonException}, which is the cause
   */
  static ReadResult read(Path file, boolean lenient) {
    if (!Files.exists(file)) {
      java.util.Optional<Datasets.Dataset> dataset = Datasets.find(file.toString());
      if (dataset.isPresent()) {
        return readDataset(dataset.get(), lenient);
      }
      throw new CliException(Rcp.BAD_INPUT, Codes.IO, file + ": no such file (nor the id of a bundled dataset: "
          + String.join(", ", Datasets.all().stream().map(Datasets.Dataset::id).toList()) + ")", null);
    }
    if (Files.isDirectory(file)) {
      throw new CliException(Rcp.BAD_INPUT, Codes.IO, file + ": is a directory, expected a JSON file", null);
    }
    if (!Files.isReadable(file)) {
      throw new CliException(Rcp.BAD_INPUT, Codes.IO, file + ": cannot be read (permission denied)", null);
    }
    try {
      if (Files.size(file) == 0) {
        throw new CliException(Rcp.BAD_INPUT, Codes.MALFORMED, file + ": is empty, expected a JSON document", null);
      }
    } catch (IOException e) {
      throw new CliException(Rcp.BAD_INPUT, Codes.IO, file + ": cannot be read: " + e.getMessage(), e);
    }
    try {
      return (lenient ? RcpJson.lenient() : RcpJson.strict()).read(file);
    } catch (RcpJsonException e) {
      throw new CliException(Rcp.BAD_INPUT, e.getCode(), e.getMessage(), e);
    }
  }

  /**
   * Reads a bundled dataset, as {@link #read(Path, boolean)} reads a file whose name is a dataset's id
   * and that does not exist (a file that exists wins).
   *
   * @param dataset the dataset; not null
   * @param lenient whether unknown properties are skipped
   * @return the document and its reading warnings
   * @throws CliException with exit code {@link Rcp#BAD_INPUT} if the jar lacks the dataset or it does not read
   */
  static ReadResult readDataset(Datasets.Dataset dataset, boolean lenient) {
    try {
      return (lenient ? RcpJson.lenient() : RcpJson.strict()).read(new java.io.StringReader(dataset.text()), dataset.fileName());
    } catch (java.io.UncheckedIOException e) {
      throw new CliException(Rcp.BAD_INPUT, Codes.IO, "cannot read the bundled dataset " + dataset.id() + ": "
          + e.getCause().getMessage(), e);
    } catch (RcpJsonException e) {
      throw new CliException(Rcp.BAD_INPUT, e.getCode(), e.getMessage(), e);
    }
  }

  static Document almaty() {
    try (InputStream in = Inputs.class.getResourceAsStream(ALMATY_RESOURCE)) {
      if (in == null) {
        throw new CliException(Rcp.BAD_INPUT, "the bundled dataset " + ALMATY_RESOURCE + " is missing from the jar");
      }
      return RcpJson.strict().read(in, "almaty-process.json").document();
    } catch (IOException e) {
      throw new CliException(Rcp.BAD_INPUT, "cannot read the bundled dataset: " + e.getMessage(), e);
    }
  }

  static ConsultativeProcess process(Document document, String id, Path file) {
    return document.findProcess(id).orElseThrow(() -> new CliException(Rcp.BAD_INPUT,
        file + ": no process with id '" + id + "'; the document has: "
            + String.join(", ", document.getProcesses().stream().map(ConsultativeProcess::getId).toList())));
  }

  static PartialDate today() {
    return PartialDate.of(LocalDate.now());
  }

  /** The values every {@code --lang} option accepts: the languages of the rule catalogue's messages. */
  static final java.util.List<String> LANGUAGES = java.util.List.of("en", "ru");

  /**
   * The locale of a {@code --lang} value, the one check every command taking {@code --lang} makes.
   *
   * @param lang the value given; not null
   * @return the locale of {@code lang}, which is one of {@link #LANGUAGES}
   * @throws CliException with exit code {@link Rcp#BAD_INPUT} and a one-line message naming the accepted
   *     values when {@code lang} is not one of {@link #LANGUAGES}
   */
  static Locale locale(String lang) {
    if (!LANGUAGES.contains(lang)) {
      throw new CliException(Rcp.BAD_INPUT, "--lang must be " + String.join(" or ", LANGUAGES) + ", not '" + lang + "'");
    }
    return Locale.forLanguageTag(lang);
  }

  /** Converts {@code --at} values, rejecting invalid dates as a usage error. */
  static final class DateConverter implements CommandLine.ITypeConverter<PartialDate> {
    @Override
    public PartialDate convert(String value) {
      try {
        return PartialDate.parse(value);
      } catch (InvalidDateException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }
}
