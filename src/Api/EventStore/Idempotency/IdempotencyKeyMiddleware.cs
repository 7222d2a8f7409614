using Fupin.EventSourced.Api.Errors;

namespace Fupin.EventSourced.Api.EventStore.Idempotency;

public static class IdempotencyKeyMiddleware
{
    /// <summary>
    /// Reads a command's <c>Idempotency-Key</c> and fingerprints the request it came with, so the command door can
    /// store the first answer under it and replay it to a retry. Runs after authentication: keys belong to a user.
    /// </summary>
    public static IApplicationBuilder UseIdempotencyKeys(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var values = context.Request.Headers[IdempotencyKey.Header];
            if (values.Count == 0 || HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
            {
                await next(context);
                return;
            }

            if (values is not [{ } key] || !IdempotencyKey.IsWellFormed(key))
            {
                await Problems.WriteAsync(context, ErrorCatalogue.IdempotencyKeyInvalid,
                    $"Idempotency-Key must be one value of 1 to {IdempotencyKey.MaxLength} visible ASCII characters, e.g. a UUID.");
                return;
            }

            context.Request.EnableBuffering();
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body, context.RequestAborted);
            context.Request.Body.Position = 0;
            IdempotencyKey.Attach(context, new IdempotencyKey(key,
                IdempotencyKey.FingerprintOf(context.Request.Method, context.Request.Path, body.GetBuffer().AsSpan(0, (int)body.Length))));
            await next(context);
        });
}
