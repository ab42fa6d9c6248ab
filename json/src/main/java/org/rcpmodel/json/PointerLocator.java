package org.rcpmodel.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * Finds where in a JSON text the values named by JSON Pointers are: the line and column a reader of
 * the file would go to for a {@link org.rcpmodel.validation.Violation#path() violation's path}.
 *
 * <p>The text is streamed once with a jackson-core parser, skipping every subtree no wanted pointer
 * leads into, so the cost is one pass over the text and the memory is the nesting depth plus the
 * wanted pointers, whatever the document's size. A value inside an object is located at its property
 * name (the line where {@code "name":} begins); an array element at its first character; the empty
 * pointer at the document's first token. A pointer naming nothing in the text (such as the pointer of
 * a required property that is missing) is located at its nearest ancestor that is there, and its
 * {@link Position#exact()} is false. Text that stops being valid JSON ends the search: what was found
 * before is returned.
 *
 * <p>Stateless and thread-safe.
 */
public final class PointerLocator {

  /**
   * Where a pointer's value is in the text.
   *
   * @param line the 1-based line
   * @param column the 1-based column, as jackson-core counts it (characters from the start of the line
   *     for text input, bytes for byte input)
   * @param found the pointer whose value is at this place: the wanted pointer, or its nearest ancestor
   *     present in the text; never null
   * @param exact whether {@code found} is the wanted pointer itself
   */
  public record Position(int line, int column, String found, boolean exact) {
    /**
     * Creates a position.
     *
     * @param line the 1-based line
     * @param column the 1-based column
     * @param found the pointer whose value is at this place; not null
     * @param exact whether {@code found} is the wanted pointer itself
     * @throws NullPointerException if {@code found} is null
     */
    public Position {
      Objects.requireNonNull(found, "found");
    }
  }

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
      .build();

  private PointerLocator() {}

  /**
   * Locates pointers in a file.
   *
   * @param file the JSON file; not null
   * @param pointers the JSON Pointers (RFC 6901), such as {@code /processes/0/chairs/1}; not null,
   *     without null elements
   * @return each pointer that could be located, at least at an ancestor, with its position; pointers
   *     of a text that is not JSON at all are left out; never null
   * @throws UncheckedIOException if the file cannot be read
   * @throws NullPointerException if an argument is null
   */
  public static Map<String, Position> locate(Path file, Collection<String> pointers) {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return locate(in, pointers);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Locates pointers in a byte stream (UTF-8, or UTF-16/32 detected from the first bytes), which is
   * read to the end of what is needed and left open.
   *
   * @param in the JSON bytes; not null
   * @param pointers the JSON Pointers; not null, without null elements
   * @return as {@link #locate(Path, Collection)} returns
   * @throws UncheckedIOException if the stream cannot be read
   * @throws NullPointerException if an argument is null
   */
  public static Map<String, Position> locate(InputStream in, Collection<String> pointers) {
    Objects.requireNonNull(in, "in");
    Set<String> wanted = new HashSet<>(pointers);
    if (wanted.isEmpty()) {
      return Map.of();
    }
    Set<String> prefixes = new HashSet<>();
    for (String pointer : wanted) {
      for (String p = Objects.requireNonNull(pointer, "pointer"); p != null; p = parent(p)) {
        prefixes.add(p);
      }
    }
    Map<String, Position> found = new HashMap<>();
    try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), in)) {
      scan(parser, prefixes, found);
    } catch (JacksonException e) {
      if (e.getCause() instanceof IOException io) {
        throw new UncheckedIOException(io);
      }
      // Not JSON from here on: keep what was found before.
    }
    Map<String, Position> located = new HashMap<>();
    for (String pointer : wanted) {
      for (String p = pointer; p != null; p = parent(p)) {
        Position at = found.get(p);
        if (at != null) {
          located.put(pointer, new Position(at.line(), at.column(), p, p.equals(pointer)));
          break;
        }
      }
    }
    return located;
  }

  /** A container being read: its pointer, and for an array the index of the last element seen. */
  private static final class Frame {
    final String pointer;
    final boolean array;
    int index = -1;
    String property;

    Frame(String pointer, boolean array) {
      this.pointer = pointer;
      this.array = array;
    }
  }

  private static void scan(JsonParser parser, Set<String> prefixes, Map<String, Position> found) {
    Deque<Frame> stack = new ArrayDeque<>();
    JsonToken token;
    while ((token = parser.nextToken()) != null) {
      Frame top = stack.peek();
      if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
        stack.pop();
        continue;
      }
      String pointer;
      if (token == JsonToken.PROPERTY_NAME) {
        top.property = top.pointer + "/" + escape(parser.currentName());
        if (prefixes.contains(top.property)) {
          record(found, top.property, parser.currentTokenLocation());
        }
        continue;
      }
      if (top == null) {
        pointer = "";
        record(found, pointer, parser.currentTokenLocation());
      } else if (top.array) {
        pointer = top.pointer + "/" + (++top.index);
        if (prefixes.contains(pointer)) {
          record(found, pointer, parser.currentTokenLocation());
        }
      } else {
        pointer = top.property;
      }
      if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
        if (prefixes.contains(pointer)) {
          stack.push(new Frame(pointer, token == JsonToken.START_ARRAY));
        } else {
          parser.skipChildren();
        }
      }
    }
  }

  private static void record(Map<String, Position> found, String pointer, TokenStreamLocation location) {
    if (location != null && location.getLineNr() > 0) {
      found.putIfAbsent(pointer, new Position(location.getLineNr(), location.getColumnNr(), pointer, true));
    }
  }

  /** The pointer one level up, or null for the empty pointer (the document). */
  private static String parent(String pointer) {
    if (pointer.isEmpty()) {
      return null;
    }
    int slash = pointer.lastIndexOf('/');
    return slash <= 0 ? "" : pointer.substring(0, slash);
  }

  /** A property name as a pointer segment: RFC 6901 writes {@code ~} as {@code ~0} and {@code /} as {@code ~1}. */
  private static String escape(String name) {
    return name.indexOf('~') < 0 && name.indexOf('/') < 0 ? name : name.replace("~", "~0").replace("/", "~1");
  }
}
