package org.rcpmodel.examples.cli;

/**
 * A failure the tool reports as one line with a chosen exit code and, where the failure is about
 * reading an input document, one of the stable codes of {@link org.rcpmodel.json.Codes}.
 */
final class CliException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int exitCode;
  private final String code;

  CliException(int exitCode, String code, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
    this.code = code;
  }

  CliException(int exitCode, String message, Throwable cause) {
    this(exitCode, null, message, cause);
  }

  CliException(int exitCode, String message) {
    this(exitCode, null, message, null);
  }

  int exitCode() {
    return exitCode;
  }

  /**
   * The stable code of the failure, as {@code rcp validate --format json} prints it.
   *
   * @return one of the codes of {@link org.rcpmodel.json.Codes} when the failure is about reading an
   *     input document (every failure of {@link Inputs#read}); null for other failures, such as a
   *     usage error
   */
  String code() {
    return code;
  }
}
