package io.millrace.web.api.filestore;

import io.millrace.application.filestore.SignedFiles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;

/** A signed file URL ({@code File.toUrl()}, uploads of HTTP requests): no API key; the signature is the secret. */
@Path("files/{file_id}")
@RequestScoped
public class SignedFileResource {
    @Inject
    SignedFiles signed;

    @GET
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "downloadSignedFile", summary = "A file's bytes by a signed URL (valid for 30 minutes); no API key")
    @SecurityRequirementsSet
    @APIResponse(responseCode = "200", description = "the file's bytes",
            content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM,
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                            format = "binary")))
    public Response get(@PathParam("file_id") String fileId,
                        @Parameter(description = "epoch seconds when the URL stops working", required = true)
                        @QueryParam("expires") String expires,
                        @Parameter(description = "the URL's HMAC signature", required = true)
                        @QueryParam("signature") String signature) {
        return FileDownloads.of(signed.files(), signed.open(fileId, expires, signature));
    }
}
