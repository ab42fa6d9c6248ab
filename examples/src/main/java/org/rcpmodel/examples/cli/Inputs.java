package org.rcpmodel.examples.cli;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
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
  static final JsonFactory JSON = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .characterEscapes(new TerminalSafeEscapes()).build();

  /**
   * JSON escapes for output that may land on a terminal: besides what JSON requires (the C0 controls),
   * DEL, the C1 controls, the bidirectional controls and the line and paragraph separators are written
   * as {@code \}{@code uXXXX}, the characters {@link TerminalText} escapes. The JSON means the same: a
   * parser reads back the very text of the document.
   */
  static final class TerminalSafeEscapes extends tools.jackson.core.io.CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] ascii;

    TerminalSafeEscapes() {
      ascii = standardAsciiEscapesForJSON();
      ascii[0x7f] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii.clone();
    }

    @Override
    public tools.jackson.core.SerializableString getEscapeSequence(int ch) {
      return ch <= Character.MAX_VALUE && TerminalText.isUnsafe((char) ch)
          ? new tools.jackson.core.io.SerializedString(String.format("\\u%04X", ch)) : null;
    }
  }

  private Inputs() {}

  /** The name standing for standard input where a document file is expected. */
  static final String STANDARD_INPUT = "-";

  /**
   * Reads a document file; see {@link #read(Path, boolean, BiFunction)}.
   *
   * @param file the file, or {@code -} for standard input; not null
   * @param lenient whether unknown properties are skipped (and reported as warnings) instead of failing
   * @return the document and its reading warnings
   * @throws CliException as {@link #read(Path, boolean, BiFunction)} throws
   */
  static ReadResult read(Path file, boolean lenient) {
    return read(file, lenient, (result, text) -> result);
  }

  /**
   * Reads a document from a regular file, a pipe, a FIFO, a device such as {@code /dev/stdin}, or
   * standard input ({@code -}), and hands it to {@code use} with a regular file holding the same text
   * (the file itself, or, for anything that can be read only once, a private temporary copy made in
   * {@code java.io.tmpdir} and deleted when {@code use} returns), so that the text can be read again,
   * for example to {@linkplain org.rcpmodel.json.PointerLocator locate} violations. Memory stays bounded
   * whatever the input: the copy is streamed, and stops at the library's document length limit.
   *
   * @param file the file, or {@code -} for standard input; not null
   * @param lenient whether unknown properties are skipped (and reported as warnings) instead of failing
   * @param use what to do with the document and the re-readable text; not null
   * @param <T> what {@code use} returns
   * @return what {@code use} returns
   * @throws CliException with exit code {@link Rcp#BAD_INPUT}, a one-line message naming the file, and a
   *     {@link CliException#code() code}: {@link Codes#IO} when the file is missing, a directory or cannot
   *     be read; {@link Codes#MALFORMED} when it is empty; {@link Codes#LIMIT} when a pipe carries more
   *     than the document length limit; otherwise the code of the library's {@link RcpJsonException},
   *     which is the cause
   */
  static <T> T read(Path file, boolean lenient, BiFunction<ReadResult, Path, T> use) {
    String name = TerminalText.safe(file);
    boolean standardInput = file.toString().equals(STANDARD_INPUT);
    if (!standardInput) {
      if (!Files.exists(file)) {
        java.util.Optional<Datasets.Dataset> dataset = Datasets.find(file.toString());
        if (dataset.isPresent()) {
          return readDataset(dataset.get(), lenient, use);
        }
        throw new CliException(Rcp.BAD_INPUT, Codes.IO, name + ": no such file (nor the id of a bundled dataset: "
            + String.join(", ", Datasets.all().stream().map(Datasets.Dataset::id).toList()) + ")", null);
      }
      if (Files.isDirectory(file)) {
        throw new CliException(Rcp.BAD_INPUT, Codes.IO, name + ": is a directory, expected a JSON file", null);
      }
      if (!Files.isReadable(file)) {
        throw new CliException(Rcp.BAD_INPUT, Codes.IO, name + ": cannot be read (permission denied)", null);
      }
      if (Files.isRegularFile(file)) {
        try {
          if (Files.size(file) == 0) {
            throw new CliException(Rcp.BAD_INPUT, Codes.MALFORMED, name + ": is empty, expected a JSON document", null);
          }
        } catch (IOException e) {
          throw new CliException(Rcp.BAD_INPUT, Codes.IO, name + ": cannot be read: " + message(e), e);
        }
        return use.apply(parse(file, file, lenient), file);
      }
    }
    // A pipe, a FIFO, a device or standard input: read once, into a private copy.
    Path copy = null;
    try {
      copy = Files.createTempFile("rcp-input", ".json");
      copy.toFile().deleteOnExit();
      long limit = RcpJson.DEFAULT_MAX_DOCUMENT_LENGTH;
      long copied;
      try (InputStream in = standardInput ? new FileInputStream(FileDescriptor.in) : Files.newInputStream(file);
          OutputStream out = Files.newOutputStream(copy)) {
        copied = copy(in, out, limit + 1);
      }
      if (copied == 0) {
        throw new CliException(Rcp.BAD_INPUT, Codes.MALFORMED, name + ": is empty, expected a JSON document", null);
      }
      if (copied > limit) {
        throw new CliException(Rcp.BAD_INPUT, Codes.LIMIT, name + ": carries more than the document length limit of "
            + limit + " bytes; nothing was validated", null);
      }
      return use.apply(parse(copy, file, lenient), copy);
    } catch (IOException e) {
      throw new CliException(Rcp.BAD_INPUT, Codes.IO, name + ": cannot be read: " + message(e), e);
    } finally {
      if (copy != null) {
        try {
          Files.deleteIfExists(copy);
        } catch (IOException e) {
          // deleteOnExit will try again.
        }
      }
    }
  }

  /** A bundled dataset, handed to {@code use} with a private temporary copy of its text. */
  private static <T> T readDataset(Datasets.Dataset dataset, boolean lenient, BiFunction<ReadResult, Path, T> use) {
    Path copy = null;
    try {
      copy = Files.createTempFile("rcp-dataset", ".json");
      copy.toFile().deleteOnExit();
      Files.writeString(copy, dataset.text(), java.nio.charset.StandardCharsets.UTF_8);
      return use.apply(parse(copy, Path.of(dataset.fileName()), lenient), copy);
    } catch (java.io.UncheckedIOException e) {
      throw new CliException(Rcp.BAD_INPUT, Codes.IO, "cannot read the bundled dataset " + dataset.id() + ": "
          + message(e.getCause()), e);
    } catch (IOException e) {
      throw new CliException(Rcp.BAD_INPUT, Codes.IO, "cannot copy the bundled dataset " + dataset.id() + ": "
          + message(e), e);
    } finally {
      if (copy != null) {
        try {
          Files.deleteIfExists(copy);
        } catch (IOException e) {
          // deleteOnExit will try again.
        }
      }
    }
  }

  private static ReadResult parse(Path text, Path named, boolean lenient) {
    RcpJson json = lenient ? RcpJson.lenient() : RcpJson.strict();
    if (text.equals(named)) {
      try {
        return json.read(text); // rejects a file over the length limit before reading it
      } catch (RcpJsonException e) {
        throw new CliException(Rcp.BAD_INPUT, e.getCode(), e.getMessage(), e);
      }
    }
    try (InputStream in = Files.newInputStream(text)) {
      return json.read(in, named.toString());
    } catch (RcpJsonException e) {
      throw new CliException(Rcp.BAD_INPUT, e.getCode(), e.getMessage(), e);
    } catch (IOException e) {
      throw new CliException(Rcp.BAD_INPUT, Codes.IO, TerminalText.safe(named) + ": cannot be read: " + message(e), e);
    }
  }

  /** Copies at most {@code max} bytes; returns how many were copied. */
  private static long copy(InputStream in, OutputStream out, long max) throws IOException {
    byte[] buffer = new byte[1 << 16];
    long total = 0;
    int n;
    while (total < max && (n = in.read(buffer, 0, (int) Math.min(buffer.length, max - total))) > 0) {
      out.write(buffer, 0, n);
      total += n;
    }
    return total;
  }

  /** An exception's message, terminal-safe, for a one-line report. */
  static String message(Exception e) {
    return TerminalText.safe(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
  }

  /**
   * Reads a bundled dataset strictly or leniently, as {@link #read(Path, boolean)} does for a name that
   * is a dataset's id and not an existing file (a file that exists wins).
   *
   * @param dataset the dataset; not null
   * @param lenient whether unknown properties are skipped
   * @return the document and its reading warnings
   * @throws CliException with exit code {@link Rcp#BAD_INPUT} if the jar lacks the dataset or it does not read
   */
  static ReadResult readDataset(Datasets.Dataset dataset, boolean lenient) {
    try {
      return (lenient ? RcpJson.lenient() : RcpJson.strict()).read(new java.io.StringReader(dataset.text()),
          dataset.fileName());
    } catch (java.io.UncheckedIOException e) {
      throw new CliException(Rcp.BAD_INPUT, Codes.IO, "cannot read the bundled dataset " + dataset.id() + ": "
          + message(e.getCause()), e);
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

  /**
   * The process a command works on.
   *
   * @param document the document; not null
   * @param id the {@code --process} value, or null when it was not given
   * @param file the document's file, for messages; not null
   * @return the process with that id or, when no id was given, the document's only process
   * @throws CliException with exit code {@link Rcp#BAD_INPUT} and a terminal-safe message listing the
   *     document's process ids when there is no such process, or no id was given and the document does
   *     not have exactly one process
   */
  static ConsultativeProcess process(Document document, String id, Path file) {
    List<ConsultativeProcess> processes = document.getProcesses();
    if (id == null) {
      if (processes.size() == 1) {
        return processes.get(0);
      }
      throw new CliException(Rcp.BAD_INPUT, TerminalText.safe(file) + (processes.isEmpty() ? ": the document has no process"
          : ": the document has " + processes.size() + " processes; choose one with --process: " + ids(processes)));
    }
    return document.findProcess(id).orElseThrow(() -> new CliException(Rcp.BAD_INPUT,
        TerminalText.safe(file) + ": no process with id '" + TerminalText.safe(id) + "'; the document has: "
            + ids(processes)));
  }

  private static String ids(List<ConsultativeProcess> processes) {
    return TerminalText.safe(String.join(", ", processes.stream().map(ConsultativeProcess::getId).toList()));
  }

  static PartialDate today() {
    return PartialDate.of(LocalDate.now());
  }

  /** The values every {@code --lang} option accepts: the languages of the rule catalogue's messages. */
  static final List<String> LANGUAGES = List.of("en", "ru");

  /**
   * The locale of a {@code --lang} value, the one check every command taking {@code --lang} makes.
   *
   * @param lang the value given, in any case ({@code RU} is {@code ru}); not null
   * @return the locale of {@code lang}, which is one of {@link #LANGUAGES}
   * @throws CliException with exit code {@link Rcp#BAD_INPUT} and a one-line message naming the accepted
   *     values when {@code lang} is not one of {@link #LANGUAGES}
   */
  static Locale locale(String lang) {
    String language = lang.toLowerCase(Locale.ROOT);
    if (!LANGUAGES.contains(language)) {
      throw new CliException(Rcp.BAD_INPUT, "--lang must be " + String.join(" or ", LANGUAGES) + ", not '"
          + TerminalText.safe(lang) + "'");
    }
    return Locale.forLanguageTag(language);
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
