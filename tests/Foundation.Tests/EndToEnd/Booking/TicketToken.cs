using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using StbImageSharp;
using ZXing;
using ZXing.Common;
using ZXing.QrCode;

namespace Platform.Foundation.Tests.EndToEnd.Booking;

// What a door scanner does offline: read the QR code and check the token against the published key set.
internal static class TicketToken
{
    public static string ReadQr(byte[] png)
    {
        var image = ImageResult.FromMemory(png, ColorComponents.RedGreenBlueAlpha);
        var luminance = new RGBLuminanceSource(image.Data, image.Width, image.Height, RGBLuminanceSource.BitmapFormat.RGBA32);
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(luminance)))?.Text
            ?? throw new Xunit.Sdk.XunitException("the PNG holds no readable QR code");
    }

    // The ticket id the token names when its signature verifies against the key set; null otherwise.
    public static async Task<string?> VerifiedTicketIdAsync(string token, string signingKeysJson)
    {
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            IssuerSigningKeys = new JsonWebKeySet(signingKeysJson).Keys,
            ValidateIssuer = false,
            ValidateAudience = false,
            ValidateLifetime = false,
            RequireExpirationTime = false,
        });
        return result.IsValid && result.Claims.TryGetValue("tid", out var id) ? id?.ToString() : null;
    }
}
