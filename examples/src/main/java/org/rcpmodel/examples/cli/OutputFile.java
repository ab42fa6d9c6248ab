package org.rcpmodel.examples.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The one way the tool writes an output file ({@code timeline --out}, {@code demo --out-dir}, and every
 * other command that writes a file), so that nothing is lost or half-written:
 *
 * <ul>
 *   <li>a regular file is written to a temporary file beside it and renamed over it at the end, so a
 *       failure or an interruption leaves the old file whole; the new file keeps the old one's
 *       permissions (a 0600 file stays 0600), and a new file gets the permissions the umask allows,
 *       as any program's new file does;
 *   <li>a file with no write permission (such as 0444) is refused, not replaced;
 *   <li>a FIFO or a character device (such as {@code /dev/null}, a terminal) is written through in
 *       place, never replaced by a regular file; writing to a FIFO waits for its reader, as any
 *       program's does;
 *   <li>a symbolic link under {@code /dev} (such as {@code /dev/stdout}) or leading to a FIFO or
 *       character device is written through, as that FIFO or device is;
 *   <li>any other symbolic link, a directory, a block device or a socket is refused with a message
 *       saying so;
 *   <li>an input document of the same run is refused as a target, so {@code --out} cannot overwrite it;
 *   <li>{@code -} is standard output;
 *   <li>a temporary file is deleted when the write fails and, through a shutdown hook, when the JVM is
 *       stopped by SIGINT or SIGTERM mid-write (nothing can clean up after SIGKILL).
 * </ul>
 *
 * <p>The checks are made before the write and again, where they matter, just before the rename; a file
 * swapped between the check and the rename by another program is not detected. Every failure is a
 * {@link CliException} with exit code {@link Rcp#BAD_INPUT} and a one-line, terminal-safe message naming
 * the file. Thread-safe.
 */
final class OutputFile {

  /** What is written: text, in UTF-8. */
  @FunctionalInterface
  interface Content {
    /**
     * Writes the content.
     *
     * @param out where to write; buffered, flushed and closed by the caller
     * @throws IOException if writing fails
     */
    void writeTo(Writer out) throws IOException;
  }

  /** How an output file was written. */
  enum Outcome {
    /** A new regular file was created. */
    CREATED,
    /** An existing regular file was replaced, keeping its permissions. */
    REPLACED,
    /** A FIFO or character device was written through, in place. */
    WRITTEN_THROUGH,
    /** The target was {@code -}: the content went to standard output. */
    STANDARD_OUTPUT
  }

  /** Temporary files being written, deleted by the shutdown hook if the JVM stops before they are renamed. */
  private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();

  // Installed when the class is first used (a command's check, before any work), not at the first
  // write: a JVM already stopping refuses new hooks.
  static {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      for (Path temporary : PENDING) {
        try {
          Files.deleteIfExists(temporary);
        } catch (IOException e) {
          // The JVM is stopping; nothing better can be done with a file that cannot be deleted.
        }
      }
    }, "rcp-output-cleanup"));
  }

  private OutputFile() {}

  /**
   * Whether {@code target} names standard output.
   *
   * @param target a target as given on the command line; not null
   * @return true for {@code -}
   */
  static boolean isStandardOutput(Path target) {
    return target.toString().equals("-");
  }

  /**
   * Checks, before any work, that a directory given for output files exists and is a directory.
   *
   * @param dir the directory; not null
   * @throws CliException naming the directory if it is missing or not a directory
   */
  static void checkDirectory(Path dir) {
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS) && !Files.exists(dir)) {
      throw new CliException(Rcp.BAD_INPUT, TerminalText.safe(dir) + ": no such directory; nothing was written");
    }
    if (!Files.isDirectory(dir)) {
      throw new CliException(Rcp.BAD_INPUT, TerminalText.safe(dir) + ": is not a directory; nothing was written");
    }
  }

  /**
   * Checks, before any work, that {@code target} can be written as {@link #write} would write it.
   *
   * @param target the file to write, or {@code -}; not null
   * @param inputs the input documents of the run, none of which may be the target; not null
   * @return how the target would be written
   * @throws CliException naming the target if it would be refused
   */
  static Outcome check(Path target, Collection<Path> inputs) {
    if (isStandardOutput(target)) {
      return Outcome.STANDARD_OUTPUT;
    }
    String name = TerminalText.safe(target);
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new CliException(Rcp.BAD_INPUT, name + ": the directory " + TerminalText.safe(dir)
          + " does not exist; nothing was written");
    }
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(absolute, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return Outcome.CREATED;
    } catch (IOException e) {
      throw new CliException(Rcp.BAD_INPUT, name + ": cannot examine the output file: "
          + TerminalText.safe(String.valueOf(e.getMessage())), e);
    }
    for (Path input : inputs) {
      if (sameFile(absolute, input)) {
        throw new CliException(Rcp.BAD_INPUT, name + ": is the input document; refusing to overwrite it"
            + " (choose another output file)");
      }
    }
    if (attributes.isSymbolicLink()) {
      // /dev/stdout, /dev/fd/3 and a link to a FIFO or terminal lead to where a stream goes: written
      // through. A link to a regular file elsewhere is not replaced (that would cut the link) nor followed.
      if (absolute.startsWith("/dev/") || isStream(absolute)) {
        return Outcome.WRITTEN_THROUGH;
      }
      throw new CliException(Rcp.BAD_INPUT, name + ": is a symbolic link; refusing to replace or follow it"
          + " (give the file it points to, or remove the link)");
    }
    if (attributes.isDirectory()) {
      throw new CliException(Rcp.BAD_INPUT, name + ": is a directory, expected a file name");
    }
    if (attributes.isOther()) {
      String kind = kind(absolute);
      if (kind.equals("FIFO") || kind.equals("character device")) {
        return Outcome.WRITTEN_THROUGH;
      }
      throw new CliException(Rcp.BAD_INPUT, name + ": is a " + kind + ", not a regular file; refusing to write it");
    }
    if (!Files.isWritable(absolute) || noWritePermission(absolute)) {
      throw new CliException(Rcp.BAD_INPUT, name + ": is read-only; refusing to replace it"
          + " (make it writable or choose another output file)");
    }
    return Outcome.REPLACED;
  }

  /**
   * Writes {@code content} to {@code target} as the class describes.
   *
   * @param target the file to write, or {@code -} for {@code stdout}; not null
   * @param inputs the input documents of the run, none of which may be the target; not null
   * @param stdout standard output, written when the target is {@code -}; not null
   * @param content what to write; not null
   * @return how the file was written
   * @throws CliException naming the target if it is refused or cannot be written; the target is then
   *     as it was (except a FIFO or device, whose reader may have received part of the content)
   */
  static Outcome write(Path target, Collection<Path> inputs, PrintWriter stdout, Content content) {
    Outcome outcome = check(target, inputs);
    String name = TerminalText.safe(target);
    try {
      switch (outcome) {
        case STANDARD_OUTPUT -> {
          content.writeTo(stdout);
          stdout.flush();
        }
        case WRITTEN_THROUGH -> {
          // TRUNCATE_EXISTING matters only for /dev/stdout leading to a regular file; a FIFO or a
          // device ignores it.
          try (Writer out = writer(FileChannel.open(target, StandardOpenOption.WRITE,
              StandardOpenOption.TRUNCATE_EXISTING))) {
            content.writeTo(out);
          }
        }
        default -> replace(target.toAbsolutePath(), outcome, inputs, content);
      }
    } catch (IOException e) {
      throw new CliException(Rcp.BAD_INPUT, name + ": cannot write: "
          + TerminalText.safe(e.getMessage() == null ? e.toString() : e.getMessage()), e);
    }
    return outcome;
  }

  /**
   * The line a command prints after writing a file.
   *
   * @param outcome how it was written; not null
   * @param target the file; not null
   * @return for example {@code wrote /home/me/timeline.svg}; terminal-safe
   */
  static String describe(Outcome outcome, Path target) {
    String name = TerminalText.safe(target.toAbsolutePath().normalize());
    return switch (outcome) {
      case CREATED, REPLACED -> "wrote " + name;
      case WRITTEN_THROUGH -> "wrote through " + name + " (" + kind(real(target)) + ", written in place, not replaced)";
      case STANDARD_OUTPUT -> "wrote standard output";
    };
  }

  private static void replace(Path absolute, Outcome outcome, Collection<Path> inputs, Content content)
      throws IOException {
    Path dir = absolute.getParent();
    PosixFileAttributes existing = outcome == Outcome.REPLACED && posix(absolute)
        ? Files.readAttributes(absolute, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS) : null;
    Path temporary = null;
    FileChannel channel = null;
    for (int attempt = 0; channel == null; attempt++) {
      temporary = dir.resolve("." + absolute.getFileName() + "." + Long.toHexString(
          ThreadLocalRandom.current().nextLong() >>> 16) + ".rcp.tmp");
      // Known to the shutdown hook before it exists, so that no moment leaves it behind.
      PENDING.add(temporary);
      try {
        // Created with the old file's permissions at most (the umask may narrow them, never widen), or,
        // for a new file, with none given, so that the operating system applies the umask to 0666.
        FileAttribute<?>[] attributes = existing == null ? new FileAttribute<?>[0]
            : new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(existing.permissions())};
        channel = FileChannel.open(temporary, EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
            attributes);
      } catch (IOException | RuntimeException e) {
        if (!(e instanceof FileAlreadyExistsException)) {
          PENDING.remove(temporary);
          throw e;
        }
        PENDING.remove(temporary); // someone else's file: not ours to delete
        if (attempt > 100) {
          throw (FileAlreadyExistsException) e;
        }
      }
    }
    try {
      try (Writer out = writer(channel)) {
        content.writeTo(out);
        out.flush();
        channel.force(true);
      }
      if (existing != null) {
        Files.setPosixFilePermissions(temporary, existing.permissions());
        keepOwner(temporary, existing);
      }
      // Checked again just before the rename: the file may have changed while the content was made.
      Outcome now = check(absolute, inputs);
      if (now != Outcome.CREATED && now != Outcome.REPLACED) {
        throw new IOException("the file changed while it was being written; it was left as it is");
      }
      try {
        Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      try {
        Files.deleteIfExists(temporary);
      } finally {
        PENDING.remove(temporary);
      }
    }
  }

  /** Keeps the replaced file's owner and group where this process may (as root); otherwise they become its own. */
  private static void keepOwner(Path temporary, PosixFileAttributes existing) {
    PosixFileAttributeView view = Files.getFileAttributeView(temporary, PosixFileAttributeView.class);
    try {
      PosixFileAttributes now = view.readAttributes();
      if (!now.group().equals(existing.group())) {
        view.setGroup(existing.group());
      }
      if (!now.owner().equals(existing.owner())) {
        view.setOwner(existing.owner());
      }
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      // Not permitted to a process that does not own the old file: the new one is then owned by it.
    }
  }

  private static Writer writer(FileChannel channel) {
    return new BufferedWriter(new OutputStreamWriter(Channels.newOutputStream(channel), StandardCharsets.UTF_8),
        1 << 16);
  }

  private static boolean posix(Path file) throws IOException {
    return Files.getFileStore(file).supportsFileAttributeView(PosixFileAttributeView.class);
  }

  /** Whether the mode gives nobody write permission: a 0444 file, which root could otherwise replace. */
  private static boolean noWritePermission(Path file) {
    try {
      if (!posix(file)) {
        return false;
      }
      Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS);
      return !permissions.contains(PosixFilePermission.OWNER_WRITE)
          && !permissions.contains(PosixFilePermission.GROUP_WRITE)
          && !permissions.contains(PosixFilePermission.OTHERS_WRITE);
    } catch (IOException e) {
      return false;
    }
  }

  /** Whether a file, its links followed, is a FIFO or a character device. */
  private static boolean isStream(Path file) {
    try {
      if (!Files.readAttributes(file, BasicFileAttributes.class).isOther()) {
        return false;
      }
      String kind = kind(file.toRealPath());
      return kind.equals("FIFO") || kind.equals("character device");
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean sameFile(Path target, Path input) {
    if (isStandardOutput(input)) {
      return false;
    }
    try {
      return Files.exists(input) && Files.isSameFile(target, input);
    } catch (IOException e) {
      return target.normalize().equals(input.toAbsolutePath().normalize());
    }
  }

  private static Path real(Path file) {
    try {
      return file.toRealPath();
    } catch (IOException e) {
      return file;
    }
  }

  /** What a non-regular file is, from its unix mode ("FIFO", "character device", ...). */
  private static String kind(Path file) {
    try {
      int mode = ((Number) Files.getAttribute(file, "unix:mode", LinkOption.NOFOLLOW_LINKS)).intValue() & 0170000;
      return switch (mode) {
        case 0010000 -> "FIFO";
        case 0020000 -> "character device";
        case 0060000 -> "block device";
        case 0140000 -> "socket";
        default -> "special file";
      };
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return "special file";
    }
  }
}
