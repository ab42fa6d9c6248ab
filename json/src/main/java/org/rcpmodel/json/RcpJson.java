package org.rcpmodel.json;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.rcpmodel.Document;
import org.rcpmodel.time.PartialDate;
import org.rcpmodel.time.Period;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.JsonRecyclerPools;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * Reads and writes rcp-model documents (docs/FORMAT.md) with a preconfigured Jackson 3 streaming
 * factory and this library's own codecs (the same ones {@link RcpModule} registers with a consumer's
 * mapper); it does not need jackson-databind, which keeps a short-lived program's start-up short.
 *
 * <p><b>Strict</b> (the default, {@link #strict()}): an unknown property fails. <b>Lenient</b>
 * ({@link #lenient()}): an unknown property is skipped and reported in {@link ReadResult#warnings()}.
 * Both fail on a duplicate property of the format, a null value, content after the document, and
 * anything over the reading limits (a lenient reader skips an unknown property however often it
 * appears). Every reading failure is one {@link RcpJsonException} with a stable code, the JSON
 * Pointer, line and column, and the source name when there is one.
 *
 * <p>Reading limits (see README, "Limits"): nesting depth {@value #DEFAULT_MAX_NESTING_DEPTH}, string
 * length {@value #DEFAULT_MAX_STRING_LENGTH} characters, property name length
 * {@value #DEFAULT_MAX_NAME_LENGTH} characters, number length {@value #DEFAULT_MAX_NUMBER_LENGTH}
 * characters, elements of one array {@value #DEFAULT_MAX_ARRAY_LENGTH}, document length
 * {@value #DEFAULT_MAX_DOCUMENT_LENGTH} bytes (or characters for text input); each can be changed with
 * {@link #builder()}. A lenient read lists at most {@value #MAX_WARNINGS} warnings.
 *
 * <p>Writing is compact ({@link #write(Document)}) or pretty ({@link #writePretty(Document)}: two-space
 * indent, {@code \n} line ends, on every platform); property order is fixed, absent values and empty
 * lists are left out, so writing what was read gives the same bytes.
 *
 * <p>Instances are immutable and thread-safe; share one. Streams passed in are neither closed nor
 * buffered beyond the read or write.
 */
public final class RcpJson {

  /** Default maximum nesting of arrays and objects; a document nests at most 7 deep. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 64;
  /** Default maximum length of one string value, in characters. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 100_000;
  /** Default maximum length of one property name, in characters. */
  public static final int DEFAULT_MAX_NAME_LENGTH = 256;
  /** Default maximum length of one number, in characters. */
  public static final int DEFAULT_MAX_NUMBER_LENGTH = 100;
  /** Default maximum number of elements in one array. */
  public static final int DEFAULT_MAX_ARRAY_LENGTH = 100_000;
  /** Default maximum document length: bytes for byte input, characters for text input (64 MiB). */
  public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 64L * 1024 * 1024;

  /**
   * The most warnings one read lists; past it, unknown properties are still skipped, and one last
   * warning counts them, so that a document of a million unknown properties costs no more memory than
   * a document of a hundred.
   */
  public static final int MAX_WARNINGS = 100;

  /**
   * The class-path resource of the JSON Schema (draft 2020-12) of the document format, for
   * {@code RcpJson.class.getResourceAsStream(SCHEMA_RESOURCE)}.
   */
  public static final String SCHEMA_RESOURCE = "/org/rcpmodel/json/rcp-document.schema.json";

  private static final RcpJson STRICT = builder().build();

  /** The lenient instance, built on first use: most programs only need the strict one. */
  private static final class LenientHolder {
    static final RcpJson LENIENT = builder().lenient(true).build();
  }


  private final boolean lenient;
  /** The reading limits, which the factory enforces and the error messages name. */
  private final StreamReadConstraints limits;
  private final int maxArrayLength;
  private final JsonFactory factory;

  private RcpJson(Builder b) {
    this.lenient = b.lenient;
    this.maxArrayLength = b.maxArrayLength;
    this.limits = StreamReadConstraints.builder()
        .maxNestingDepth(b.maxNestingDepth)
        .maxStringLength(b.maxStringLength)
        .maxNameLength(b.maxNameLength)
        .maxNumberLength(b.maxNumberLength)
        .maxDocumentLength(b.maxDocumentLength)
        .build();
    this.factory = JsonFactory.builder()
        .streamReadConstraints(limits)
        // Recycled buffers keep the size an earlier read grew them to, and Jackson checks the name
        // limit when a buffer grows: with recycling, one truncated long name failed as json.limit
        // or as json.malformed depending on what the reader had read before.
        .recyclerPool(JsonRecyclerPools.nonRecyclingPool())
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .build();
  }

  /**
   * The strict reader and writer with the default limits.
   *
   * @return a shared instance, never null
   */
  public static RcpJson strict() {
    return STRICT;
  }

  /**
   * The lenient reader and writer with the default limits: unknown properties are skipped and
   * reported.
   *
   * @return a shared instance, never null
   */
  public static RcpJson lenient() {
    return LenientHolder.LENIENT;
  }

  /**
   * Starts configuring a reader and writer: strict, with the default limits, unless changed.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Tells whether unknown properties are skipped (and reported) rather than rejected.
   *
   * @return {@code true} when lenient
   */
  public boolean isLenient() {
    return lenient;
  }

  /**
   * Reads a document from JSON text.
   *
   * @param json the text; not null
   * @return the document and the warnings, never null
   * @throws RcpJsonException if the text is not a valid document
   * @throws NullPointerException if {@code json} is null
   */
  public ReadResult read(String json) {
    Objects.requireNonNull(json, "json");
    return read((Object) json, null);
  }

  /**
   * Reads a document from a character stream, which is left open.
   *
   * @param in the stream; not null
   * @param sourceName the name to report errors under, such as a file name; may be null
   * @return the document and the warnings, never null
   * @throws RcpJsonException if the text is not a valid document or cannot be read
   * @throws NullPointerException if {@code in} is null
   */
  public ReadResult read(Reader in, String sourceName) {
    Objects.requireNonNull(in, "in");
    return read((Object) in, sourceName);
  }

  /**
   * Reads a document from a character stream with no source name; see {@link #read(Reader, String)}.
   *
   * @param in the stream; not null
   * @return the document and the warnings, never null
   * @throws RcpJsonException if the text is not a valid document or cannot be read
   * @throws NullPointerException if {@code in} is null
   */
  public ReadResult read(Reader in) {
    return read(in, null);
  }

  /**
   * Reads a document from a byte stream (UTF-8, or UTF-16/32 detected from the first bytes), which is
   * left open.
   *
   * @param in the stream; not null
   * @param sourceName the name to report errors under; may be null
   * @return the document and the warnings, never null
   * @throws RcpJsonException if the bytes are not a valid document or cannot be read
   * @throws NullPointerException if {@code in} is null
   */
  public ReadResult read(InputStream in, String sourceName) {
    Objects.requireNonNull(in, "in");
    return read((Object) in, sourceName);
  }

  /**
   * Reads a document from a byte stream with no source name; see {@link #read(InputStream, String)}.
   *
   * @param in the stream; not null
   * @return the document and the warnings, never null
   * @throws RcpJsonException if the bytes are not a valid document or cannot be read
   * @throws NullPointerException if {@code in} is null
   */
  public ReadResult read(InputStream in) {
    return read(in, null);
  }

  /**
   * Reads a document from a file; errors name the file. A file larger than the document length limit
   * is rejected before it is read.
   *
   * @param file the file; not null
   * @return the document and the warnings, never null
   * @throws RcpJsonException if the file is not a valid document, is too large, or cannot be read
   *     (code {@code io.failed})
   * @throws NullPointerException if {@code file} is null
   */
  public ReadResult read(Path file) {
    Objects.requireNonNull(file, "file");
    String name = file.toString();
    try {
      long size = Files.size(file);
      if (size > limits.getMaxDocumentLength()) {
        throw new RcpJsonException(Codes.LIMIT, "", 0, 0, name, "The file is " + size
            + " bytes; the document length limit is " + limits.getMaxDocumentLength() + " bytes", null);
      }
      try (InputStream in = Files.newInputStream(file)) {
        return read(in, name);
      }
    } catch (IOException e) {
      throw new RcpJsonException(Codes.IO, "", 0, 0, name, "Cannot read the file: " + e, e);
    }
  }

  /**
   * Writes a document as compact JSON (no whitespace).
   *
   * @param document the document; not null
   * @return the JSON text, never null
   * @throws NullPointerException if {@code document} is null
   */
  public String write(Document document) {
    Objects.requireNonNull(document, "document");
    StringWriter out = new StringWriter();
    write(document, Layout.COMPACT, out);
    return out.toString();
  }

  /**
   * Writes a document as indented JSON: two spaces per level, {@code \n} line ends, no final line end.
   *
   * @param document the document; not null
   * @return the JSON text, never null
   * @throws NullPointerException if {@code document} is null
   */
  public String writePretty(Document document) {
    Objects.requireNonNull(document, "document");
    StringWriter out = new StringWriter();
    write(document, Layout.PRETTY, out);
    return out.toString();
  }

  /**
   * Writes a document to a character stream, which is flushed and left open.
   *
   * @param document the document; not null
   * @param layout compact or pretty; not null
   * @param out the stream; not null
   * @throws UncheckedIOException if writing fails
   * @throws NullPointerException if an argument is null
   */
  public void write(Document document, Layout layout, Writer out) {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(out, "out");
    ObjectWriteContext context = writeContext(layout);
    try (JsonGenerator g = factory.createGenerator(context, out)) {
      Codecs.DOCUMENT.write(document, g);
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    }
  }

  /**
   * Writes a document to a byte stream as UTF-8; the stream is flushed and left open.
   *
   * @param document the document; not null
   * @param layout compact or pretty; not null
   * @param out the stream; not null
   * @throws UncheckedIOException if writing fails
   * @throws NullPointerException if an argument is null
   */
  public void write(Document document, Layout layout, OutputStream out) {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(out, "out");
    ObjectWriteContext context = writeContext(layout);
    try (JsonGenerator g = factory.createGenerator(context, out)) {
      Codecs.DOCUMENT.write(document, g);
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    }
  }

  /**
   * Writes a document to a file as UTF-8, replacing it; a pretty file ends with a line end. The text
   * is written to a temporary file in the same directory first and then moved over the file
   * (atomically where the file system can), so a failed write leaves any existing file unchanged. An
   * existing file's POSIX permissions are kept; a new file gets the permissions the process's umask
   * allows (0644 under the usual umask 022), as any program's new file does.
   *
   * @param document the document; not null
   * @param layout compact or pretty; not null
   * @param file the file; not null
   * @throws UncheckedIOException if writing fails
   * @throws NullPointerException if an argument is null
   */
  public void write(Document document, Layout layout, Path file) {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(layout, "layout");
    // Written beside the file and moved over it, so that a failed write leaves the old file whole; through
    // the byte stream, whose UTF-8 generator escapes what UTF-8 cannot encode (a lone surrogate).
    Path absolute = file.toAbsolutePath();
    Path temporary = null;
    try {
      java.util.Set<java.nio.file.attribute.PosixFilePermission> keep = existingPermissions(absolute);
      temporary = createSibling(absolute, keep);
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary))) {
        write(document, layout, out);
        if (layout == Layout.PRETTY) {
          out.write('\n');
        }
      }
      if (keep != null) {
        Files.setPosixFilePermissions(temporary, keep);
      }
      try {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
      temporary = null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (temporary != null) {
        try {
          Files.deleteIfExists(temporary);
        } catch (IOException e) {
          // The write has failed already; that failure is the one to report.
        }
      }
    }
  }

  /** The permissions of an existing regular file on a POSIX file system, or null: the new file keeps them. */
  private static java.util.Set<java.nio.file.attribute.PosixFilePermission> existingPermissions(Path file)
      throws IOException {
    if (!Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)
        || !Files.getFileStore(file).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
      return null;
    }
    return Files.getPosixFilePermissions(file, java.nio.file.LinkOption.NOFOLLOW_LINKS);
  }

  /**
   * Creates the temporary file beside {@code file}: with the old file's permissions at most (the umask
   * may narrow them; they are set exactly before the move), or, for a new file, with none given, so that
   * the operating system applies the umask as it does to any program's new file. Not
   * {@link Files#createTempFile}, which would make every written file 0600.
   */
  private static Path createSibling(Path file, java.util.Set<java.nio.file.attribute.PosixFilePermission> keep)
      throws IOException {
    for (int attempt = 0; ; attempt++) {
      Path candidate = file.resolveSibling("." + file.getFileName() + "."
          + Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong() >>> 16) + ".tmp");
      try {
        return keep == null ? Files.createFile(candidate)
            : Files.createFile(candidate, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(keep));
      } catch (java.nio.file.FileAlreadyExistsException e) {
        if (attempt >= 100) {
          throw e;
        }
      }
    }
  }

  private static ObjectWriteContext writeContext(Layout layout) {
    return Objects.requireNonNull(layout, "layout") == Layout.PRETTY ? PrettyWriteContext.INSTANCE
        : ObjectWriteContext.empty();
  }

  /**
   * Gives each generator its own pretty printer (they keep the nesting level): two spaces, {@code \n}.
   * Built on first use, so that a program that only reads does not pay for it.
   */
  private static final class PrettyWriteContext extends ObjectWriteContext.Base {
    static final PrettyWriteContext INSTANCE = new PrettyWriteContext();

    private final DefaultPrettyPrinter prototype;

    PrettyWriteContext() {
      Separators separators = Separators.createDefaultInstance()
          .withObjectNameValueSpacing(Separators.Spacing.AFTER);
      DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
      this.prototype = new DefaultPrettyPrinter(separators)
          .withObjectIndenter(indenter)
          .withArrayIndenter(indenter);
    }

    @Override
    public PrettyPrinter getPrettyPrinter() {
      return prototype.createInstance();
    }

    @Override
    public boolean hasPrettyPrinter() {
      return true;
    }
  }

  /** How written JSON is laid out. */
  public enum Layout {
    /** No whitespace. */
    COMPACT,
    /** Two-space indent, one property or element per line, {@code \n} line ends. */
    PRETTY
  }

  /** Opens a parser on a String, Reader or InputStream; here, so that its failures are reported too. */
  private JsonParser open(Object input) {
    ObjectReadContext none = ObjectReadContext.empty();
    if (input instanceof String text) {
      return factory.createParser(none, text);
    }
    if (input instanceof Reader chars) {
      return factory.createParser(none, chars);
    }
    return factory.createParser(none, (InputStream) input);
  }

  private ReadResult read(Object input, String sourceName) {
    WarningSink warnings = new WarningSink();
    Reading context = new Reading(lenient, maxArrayLength, warnings, new Names());
    JsonParser p = null;
    try {
      p = open(input);
      JsonToken first = p.nextToken();
      if (first == null) {
        throw fail(Codes.MALFORMED, p, "The input is empty; expected a JSON object", sourceName);
      }
      Document document = Codecs.DOCUMENT.read(p, context);
      if (p.nextToken() != null) {
        throw fail(Codes.MALFORMED, p, "Unexpected content after the end of the document", sourceName);
      }
      return new ReadResult(document, warnings.list());
    } catch (InputProblem e) {
      throw convert(e.code(), e.pointer(), e.location(), e.detail(), sourceName, e);
    } catch (StreamConstraintsException e) {
      // The offending token has started but not finished: report where it starts.
      throw convert(Codes.LIMIT, pointer(p), p.currentTokenLocation(), "The input exceeds a reading limit: "
          + limitExceeded(e.getOriginalMessage()), sourceName, e);
    } catch (StreamReadException e) {
      throw convert(Codes.MALFORMED, pointer(p), location(p, e), "Malformed JSON: " + withoutParserLocation(
          e.getOriginalMessage()), sourceName, e);
    } catch (JacksonIOException e) {
      throw convert(Codes.IO, pointer(p), location(p, e), "Cannot read the input: " + e.getOriginalMessage(),
          sourceName, e);
    } catch (JacksonException e) {
      throw convert(Codes.FIELD_INVALID, pointer(p), location(p, e), e.getOriginalMessage(), sourceName, e);
    } finally {
      if (p != null) {
        p.close();
      }
    }
  }

  /**
   * Names the limit a constraint message is about. Jackson's message also gives the length reached
   * when it noticed, which depends on the sizes of buffers recycled from earlier reads; it is left out
   * so that the same input always gets the same message.
   */
  private String limitExceeded(String jacksonMessage) {
    String message = String.valueOf(jacksonMessage);
    if (message.startsWith("Document nesting depth")) {
      return "Document nesting depth exceeds the maximum of " + limits.getMaxNestingDepth()
          + " nested arrays and objects";
    }
    if (message.startsWith("String value length")) {
      return "String value length exceeds the maximum of " + limits.getMaxStringLength() + " characters";
    }
    if (message.startsWith("Name length")) {
      return "Name length exceeds the maximum of " + limits.getMaxNameLength() + " characters for a property name";
    }
    if (message.startsWith("Number value length")) {
      return "Number value length exceeds the maximum of " + limits.getMaxNumberLength() + " characters";
    }
    if (message.startsWith("Document length")) {
      return "Document length exceeds the maximum of " + limits.getMaxDocumentLength()
          + " (bytes for byte input, characters for text input)";
    }
    return message;
  }

  private static String pointer(JsonParser p) {
    return p == null ? "" : p.streamReadContext().pathAsPointer().toString();
  }

  private static TokenStreamLocation location(JsonParser p, JacksonException e) {
    TokenStreamLocation loc = e.getLocation();
    if ((loc == null || loc.getLineNr() <= 0) && p != null) {
      loc = p.currentLocation();
    }
    return loc;
  }

  private static RcpJsonException fail(String code, JsonParser p, String detail, String sourceName) {
    return convert(code, pointer(p), p.currentTokenLocation(), detail, sourceName, null);
  }

  private static RcpJsonException convert(String code, String pointer, TokenStreamLocation loc, String detail,
      String sourceName, Throwable cause) {
    int line = loc == null ? 0 : Math.max(0, loc.getLineNr());
    int column = loc == null ? 0 : Math.max(0, loc.getColumnNr());
    return new RcpJsonException(code, pointer, line, column, sourceName, detail, cause);
  }

  /** The warnings of one read: the first {@link #MAX_WARNINGS}, then only a count. */
  private static final class WarningSink {
    private final List<ReadWarning> warnings = new ArrayList<>();
    private long unlisted;

    void add(String pointer, int line, int column, String message) {
      if (warnings.size() < MAX_WARNINGS) {
        warnings.add(new ReadWarning(Codes.FIELD_UNKNOWN, pointer, line, column, RcpJsonException.oneLine(message)));
      } else {
        unlisted++;
      }
    }

    List<ReadWarning> list() {
      if (unlisted > 0) {
        List<ReadWarning> all = new ArrayList<>(warnings);
        all.add(new ReadWarning(Codes.FIELD_UNKNOWN, "", 0, 0, "Skipped " + unlisted
            + " more unknown properties; only the first " + MAX_WARNINGS + " are listed"));
        return all;
      }
      return warnings;
    }
  }

  /**
   * One read's context: strict or lenient (recording skipped properties), the array limit, and the
   * table that shares the read's names.
   */
  private record Reading(boolean lenient, int maxArrayLength, WarningSink warnings, Names names)
      implements ReadContext {
    @Override
    public String name(JsonParser p) {
      return names.read(p);
    }

    @Override
    public PartialDate date(JsonParser p) {
      return names.date(p);
    }

    @Override
    public Period period(JsonParser p) {
      return names.period(p);
    }

    @Override
    public boolean rejectsUnknownProperties() {
      return !lenient;
    }

    @Override
    public void skipUnknownProperty(JsonParser p, Class<?> type, String name) {
      TokenStreamLocation loc = p.currentTokenLocation();
      warnings.add(p.streamReadContext().pathAsPointer().toString(), loc.getLineNr(), loc.getColumnNr(),
          "Skipped unknown property '" + name + "' of " + type.getSimpleName());
      p.skipChildren();
    }
  }

  /**
   * Configures an {@link RcpJson}. Not thread-safe; the built instance is.
   */
  public static final class Builder {
    private boolean lenient;
    private int maxNestingDepth = DEFAULT_MAX_NESTING_DEPTH;
    private int maxStringLength = DEFAULT_MAX_STRING_LENGTH;
    private int maxNameLength = DEFAULT_MAX_NAME_LENGTH;
    private int maxNumberLength = DEFAULT_MAX_NUMBER_LENGTH;
    private long maxDocumentLength = DEFAULT_MAX_DOCUMENT_LENGTH;
    private int maxArrayLength = DEFAULT_MAX_ARRAY_LENGTH;

    private Builder() {}

    /**
     * Chooses lenient (skip and report unknown properties) or strict (reject them) reading.
     *
     * @param lenient {@code true} for lenient
     * @return this builder
     */
    public Builder lenient(boolean lenient) {
      this.lenient = lenient;
      return this;
    }

    /**
     * Sets the maximum nesting of arrays and objects.
     *
     * @param depth at least 8 (a valid document nests 7 deep)
     * @return this builder
     * @throws IllegalArgumentException if {@code depth} is below 8
     */
    public Builder maxNestingDepth(int depth) {
      this.maxNestingDepth = atLeast(depth, 8, "maxNestingDepth");
      return this;
    }

    /**
     * Sets the maximum length of one string value, in characters.
     *
     * @param length at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code length} is below 1
     */
    public Builder maxStringLength(int length) {
      this.maxStringLength = atLeast(length, 1, "maxStringLength");
      return this;
    }

    /**
     * Sets the maximum length of one property name, in characters.
     *
     * @param length at least 32 (the longest name in the format is shorter)
     * @return this builder
     * @throws IllegalArgumentException if {@code length} is below 32
     */
    public Builder maxNameLength(int length) {
      this.maxNameLength = atLeast(length, 32, "maxNameLength");
      return this;
    }

    /**
     * Sets the maximum length of one number, in characters.
     *
     * @param length at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code length} is below 1
     */
    public Builder maxNumberLength(int length) {
      this.maxNumberLength = atLeast(length, 1, "maxNumberLength");
      return this;
    }

    /**
     * Sets the maximum document length: bytes for byte input and files, characters for text.
     *
     * @param length at least 2
     * @return this builder
     * @throws IllegalArgumentException if {@code length} is below 2
     */
    public Builder maxDocumentLength(long length) {
      if (length < 2) {
        throw new IllegalArgumentException("maxDocumentLength must be at least 2, was " + length);
      }
      this.maxDocumentLength = length;
      return this;
    }

    /**
     * Sets the maximum number of elements in one array of the format (such as a process's
     * participations); arrays inside skipped unknown properties are not built and not counted.
     *
     * @param length at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code length} is below 1
     */
    public Builder maxArrayLength(int length) {
      this.maxArrayLength = atLeast(length, 1, "maxArrayLength");
      return this;
    }

    private static int atLeast(int value, int min, String name) {
      if (value < min) {
        throw new IllegalArgumentException(name + " must be at least " + min + ", was " + value);
      }
      return value;
    }

    /**
     * Builds the reader and writer.
     *
     * @return a new immutable, thread-safe instance, never null
     */
    public RcpJson build() {
      return new RcpJson(this);
    }
  }

  /**
   * Jackson appends where an unclosed array or object started as "(start marker at [Source: ...])",
   * naming its own settings; the line and column of the problem already say where, so that part goes.
   */
  static String withoutParserLocation(String message) {
    if (message == null) {
      return "the input is not well-formed JSON";
    }
    int marker = message.indexOf(" (start marker at ");
    return marker < 0 ? message : message.substring(0, marker);
  }

}
