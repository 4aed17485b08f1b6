using System.Buffers.Text;
using System.Security.Cryptography;
using Microsoft.Extensions.Time.Testing;
using Reopen.Functions.Approvals.DecisionLinks;
using Reopen.Functions.Tests.Infrastructure;

namespace Reopen.Functions.Tests.DecisionLinks;

public class DecisionLinkTokenTests
{
    private static readonly DateTimeOffset Now = new(2020, 2, 20, 9, 0, 0, TimeSpan.FromHours(8));
    private static readonly DecisionLinkClaims Claims = new("F-20200220-0001", "street-office", 2, "approver-7", Now.AddDays(3));
    private static readonly byte[] KeyA = RandomNumberGenerator.GetBytes(32);
    private static readonly byte[] KeyB = RandomNumberGenerator.GetBytes(48);

    private readonly FakeTimeProvider _time = new(Now);

    [Fact]
    public void Token_round_trips_its_claims()
    {
        var tokens = Tokens(KeyA);

        var result = tokens.Verify(tokens.Create(Claims));

        Assert.Equal(new DecisionLinkVerification.Valid(Claims), result);
    }

    [Fact]
    public void Token_is_url_safe_and_compact()
    {
        var token = Tokens(KeyA).Create(Claims);

        Assert.Matches("^[A-Za-z0-9_-]+$", token);
        Assert.True(token.Length < 120, $"token has {token.Length} characters");
    }

    [Fact]
    public void Non_ascii_ids_round_trip()
    {
        var tokens = Tokens(KeyA);
        var claims = Claims with { ApproverId = "王主任" };

        Assert.Equal(new DecisionLinkVerification.Valid(claims), tokens.Verify(tokens.Create(claims)));
    }

    [Fact]
    public void Expiry_is_kept_to_the_second()
    {
        var tokens = Tokens(KeyA);
        var claims = Claims with { ExpiresAt = Claims.ExpiresAt.AddMilliseconds(750) };

        var valid = Assert.IsType<DecisionLinkVerification.Valid>(tokens.Verify(tokens.Create(claims)));

        Assert.Equal(Claims.ExpiresAt, valid.Claims.ExpiresAt);
    }

    [Fact]
    public void Every_changed_byte_is_detected()
    {
        var tokens = Tokens(KeyA);
        var bytes = Base64Url.DecodeFromChars(tokens.Create(Claims));

        for (var i = 1; i < bytes.Length; i++)
        {
            var altered = (byte[])bytes.Clone();
            altered[i] ^= 0x01;

            var result = tokens.Verify(Base64Url.EncodeToString(altered));

            Assert.True(result is DecisionLinkVerification.Tampered, $"byte {i}: {result}");
        }
    }

    [Fact]
    public void Token_signed_with_another_key_is_tampered()
    {
        var token = Tokens(KeyB).Create(Claims);

        Assert.IsType<DecisionLinkVerification.Tampered>(Tokens(KeyA).Verify(token));
    }

    [Fact]
    public void Token_at_or_after_expiry_is_expired_with_its_claims()
    {
        var tokens = Tokens(KeyA);
        var token = tokens.Create(Claims);

        _time.SetUtcNow(Claims.ExpiresAt);

        Assert.Equal(new DecisionLinkVerification.Expired(Claims), tokens.Verify(token));
    }

    [Fact]
    public void Token_just_before_expiry_is_valid()
    {
        var tokens = Tokens(KeyA);
        var token = tokens.Create(Claims);

        _time.SetUtcNow(Claims.ExpiresAt.AddSeconds(-1));

        Assert.IsType<DecisionLinkVerification.Valid>(tokens.Verify(token));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not a token!")]
    [InlineData("AQ")]
    [InlineData("abc")]
    [InlineData("%2F%2F")]
    public void Garbage_is_malformed(string? token)
    {
        Assert.IsType<DecisionLinkVerification.Malformed>(Tokens(KeyA).Verify(token));
    }

    [Theory]
    [InlineData("padding")]
    [InlineData("double padding")]
    [InlineData("space inside")]
    [InlineData("newline inside")]
    [InlineData("trailing newline")]
    [InlineData("leading space")]
    [InlineData("trailing bits set")]
    public void Other_spellings_of_a_genuine_token_are_malformed(string spelling)
    {
        var token = Tokens(KeyA).Create(Claims);
        var respelled = spelling switch
        {
            "padding" => token + "=",
            "double padding" => token + "==",
            "space inside" => token.Insert(10, " "),
            "newline inside" => token.Insert(10, "\n"),
            "trailing newline" => token + "\n",
            "leading space" => " " + token,
            _ => SignedTokens.WithTrailingBitsSet(token),
        };

        Assert.IsType<DecisionLinkVerification.Malformed>(Tokens(KeyA).Verify(respelled));
        Assert.IsType<DecisionLinkVerification.Valid>(Tokens(KeyA).Verify(token));
    }

    [Fact]
    public void Hand_signed_token_of_well_formed_claims_is_the_signers_own()
    {
        var token = SignedTokens.Sign(KeyA, Claims.FilingId, Claims.StepId, Claims.Round, Claims.ApproverId, Claims.ExpiresAt);

        Assert.Equal(Tokens(KeyA).Create(Claims), token);
    }

    [Theory]
    [InlineData("F/../x")]
    [InlineData("a#b")]
    [InlineData("")]
    [InlineData("F\u0007X")]
    [InlineData("F260301 K7QD2MZX4A")]
    public void Signed_token_naming_an_id_no_filing_can_have_is_malformed(string filingId)
    {
        var token = SignedTokens.Sign(KeyA, filingId, Claims.StepId, Claims.Round, Claims.ApproverId, Claims.ExpiresAt);

        Assert.IsType<DecisionLinkVerification.Malformed>(Tokens(KeyA).Verify(token));
    }

    [Fact]
    public void Unknown_version_is_malformed()
    {
        var bytes = Base64Url.DecodeFromChars(Tokens(KeyA).Create(Claims));
        bytes[0] = 2;

        Assert.IsType<DecisionLinkVerification.Malformed>(Tokens(KeyA).Verify(Base64Url.EncodeToString(bytes)));
    }

    [Fact]
    public void Truncated_token_is_not_accepted()
    {
        var token = Tokens(KeyA).Create(Claims);

        var result = Tokens(KeyA).Verify(token[..^4]);

        Assert.False(result is DecisionLinkVerification.Valid or DecisionLinkVerification.Expired, result.ToString());
    }

    [Fact]
    public void Very_long_input_is_malformed()
    {
        Assert.IsType<DecisionLinkVerification.Malformed>(Tokens(KeyA).Verify(new string('A', 100_000)));
    }

    [Fact]
    public void Token_signed_with_a_previous_key_stays_valid_after_rotation()
    {
        var oldToken = Tokens(KeyA).Create(Claims);
        var rotated = new DecisionLinkToken(DecisionLinkKeyRing.FromKeys(KeyB, KeyA), _time);

        Assert.IsType<DecisionLinkVerification.Valid>(rotated.Verify(oldToken));
        Assert.IsType<DecisionLinkVerification.Valid>(rotated.Verify(rotated.Create(Claims)));
    }

    [Fact]
    public void After_rotation_new_tokens_are_signed_with_the_new_key()
    {
        var rotated = new DecisionLinkToken(DecisionLinkKeyRing.FromKeys(KeyB, KeyA), _time);

        var token = rotated.Create(Claims);

        Assert.IsType<DecisionLinkVerification.Valid>(Tokens(KeyB).Verify(token));
        Assert.IsType<DecisionLinkVerification.Tampered>(Tokens(KeyA).Verify(token));
    }

    [Fact]
    public void Dropped_previous_key_no_longer_verifies()
    {
        var oldToken = Tokens(KeyA).Create(Claims);

        Assert.IsType<DecisionLinkVerification.Tampered>(Tokens(KeyB).Verify(oldToken));
    }

    [Theory]
    [InlineData("", "step", "approver")]
    [InlineData("filing", "", "approver")]
    [InlineData("filing", "step", "")]
    public void Claims_with_an_empty_id_cannot_be_signed(string filingId, string stepId, string approverId)
    {
        Assert.ThrowsAny<ArgumentException>(() => Tokens(KeyA).Create(new DecisionLinkClaims(filingId, stepId, 1, approverId, Claims.ExpiresAt)));
    }

    [Theory]
    [InlineData("F/../x")]
    [InlineData("a#b")]
    public void Claims_with_a_filing_id_storage_keys_forbid_cannot_be_signed(string filingId)
    {
        Assert.Throws<ArgumentException>(() => Tokens(KeyA).Create(Claims with { FilingId = filingId }));
    }

    [Fact]
    public void Claims_with_an_overlong_id_cannot_be_signed()
    {
        Assert.Throws<ArgumentException>(() => Tokens(KeyA).Create(Claims with { FilingId = new string('x', 256) }));
    }

    private DecisionLinkToken Tokens(byte[] key) => new(DecisionLinkKeyRing.FromKeys(key), _time);
}
