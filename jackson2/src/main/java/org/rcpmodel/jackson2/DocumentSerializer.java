package org.rcpmodel.jackson2;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import org.rcpmodel.Document;
import org.rcpmodel.json.RcpJson;
import org.rcpmodel.json.RcpJson.Layout;

/**
 * Writes a {@link Document} as the bytes rcp-json's {@link RcpJson#write(Document)} gives, as a raw
 * value of the mapper's output: compact, or pretty ({@link RcpJson#writePretty(Document)}) when the
 * mapper indents and the document is the whole output (inside another value it is written compact,
 * since its indentation could not match). UTF-8 output takes rcp-json's own UTF-8 bytes, which escape
 * what UTF-8 cannot encode (a lone surrogate). Thread-safe.
 */
final class DocumentSerializer extends StdSerializer<Document> {

  private static final long serialVersionUID = 1L;

  DocumentSerializer() {
    super(Document.class);
  }

  @Override
  public void serialize(Document value, JsonGenerator g, SerializerProvider provider) throws IOException {
    boolean pretty = g.getPrettyPrinter() != null && g.getOutputContext().inRoot();
    g.writeRawValue(new RawDocument(value, pretty ? Layout.PRETTY : Layout.COMPACT));
  }

  /**
   * A document's JSON text for a generator: characters for a character generator, rcp-json's UTF-8
   * bytes for a byte generator. Only the unquoted forms exist: a document is not a JSON string.
   */
  private static final class RawDocument implements SerializableString {
    private final Document document;
    private final Layout layout;
    private String chars;
    private byte[] bytes;

    RawDocument(Document document, Layout layout) {
      this.document = document;
      this.layout = layout;
    }

    @Override
    public String getValue() {
      if (chars == null) {
        chars = layout == Layout.PRETTY ? RcpJson.strict().writePretty(document) : RcpJson.strict().write(document);
      }
      return chars;
    }

    @Override
    public int charLength() {
      return getValue().length();
    }

    @Override
    public byte[] asUnquotedUTF8() {
      if (bytes == null) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RcpJson.strict().write(document, layout, out);
        bytes = out.toByteArray();
      }
      return bytes.clone();
    }

    @Override
    public int appendUnquotedUTF8(byte[] buffer, int offset) {
      byte[] utf8 = asUnquotedUTF8();
      if (offset + utf8.length > buffer.length) {
        return -1;
      }
      System.arraycopy(utf8, 0, buffer, offset, utf8.length);
      return utf8.length;
    }

    @Override
    public int appendUnquoted(char[] buffer, int offset) {
      String text = getValue();
      if (offset + text.length() > buffer.length) {
        return -1;
      }
      text.getChars(0, text.length(), buffer, offset);
      return text.length();
    }

    @Override
    public int writeUnquotedUTF8(OutputStream out) throws IOException {
      byte[] utf8 = asUnquotedUTF8();
      out.write(utf8);
      return utf8.length;
    }

    @Override
    public int putUnquotedUTF8(ByteBuffer buffer) {
      byte[] utf8 = asUnquotedUTF8();
      if (utf8.length > buffer.remaining()) {
        return -1;
      }
      buffer.put(utf8);
      return utf8.length;
    }

    @Override
    public char[] asQuotedChars() {
      throw notAString();
    }

    @Override
    public byte[] asQuotedUTF8() {
      throw notAString();
    }

    @Override
    public int appendQuotedUTF8(byte[] buffer, int offset) {
      throw notAString();
    }

    @Override
    public int appendQuoted(char[] buffer, int offset) {
      throw notAString();
    }

    @Override
    public int writeQuotedUTF8(OutputStream out) {
      throw notAString();
    }

    @Override
    public int putQuotedUTF8(ByteBuffer buffer) {
      throw notAString();
    }

    private static UnsupportedOperationException notAString() {
      return new UnsupportedOperationException("A document is written as a JSON object, never quoted as a string");
    }

    @Override
    public String toString() {
      return getValue();
    }
  }
}
