package org.rcpmodel.examples.spring;

import java.io.IOException;
import org.rcpmodel.Document;
import org.rcpmodel.json.RcpJson;
import org.rcpmodel.json.RcpJson.Layout;
import org.rcpmodel.json.RcpJsonException;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Reads and writes a {@link Document} body with rcp-json's strict {@link RcpJson}, so that a document
 * the reader rejects fails with the reader's {@link RcpJsonException} (code, JSON Pointer, line and
 * column) as the cause of the {@link HttpMessageNotReadableException}, rather than a mapper's message.
 * Only {@code Document} bodies; everything else stays with Spring's Jackson converter. Thread-safe.
 */
public final class DocumentMessageConverter extends AbstractHttpMessageConverter<Document> {

  private final RcpJson json = RcpJson.strict();

  /** A converter for {@code application/json} and {@code application/*+json}. */
  public DocumentMessageConverter() {
    super(MediaType.APPLICATION_JSON, new MediaType("application", "*+json"));
  }

  @Override
  protected boolean supports(Class<?> type) {
    return Document.class.isAssignableFrom(type);
  }

  @Override
  protected Document readInternal(Class<? extends Document> type, HttpInputMessage input) throws IOException {
    try {
      return json.read(input.getBody(), null).document();
    } catch (RcpJsonException e) {
      throw new HttpMessageNotReadableException(e.getMessage(), e, input);
    }
  }

  @Override
  protected void writeInternal(Document document, HttpOutputMessage output) throws IOException {
    json.write(document, Layout.COMPACT, output.getBody());
  }
}
