/**
 * The rcp-model document format (docs/FORMAT.md) through a Jackson 2 mapper, for services on Jackson
 * 2 such as Spring Boot 3: {@link org.rcpmodel.jackson2.RcpJackson2Module}, which hands each document
 * to rcp-json's {@link org.rcpmodel.json.RcpJson} reader and writer, and
 * {@link org.rcpmodel.jackson2.RcpJsonMappingException}, the typed reading error a Jackson 2 mapper
 * throws.
 */
package org.rcpmodel.jackson2;
