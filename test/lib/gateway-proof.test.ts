import { GatewayProofSigner, GatewayProofVerifier, PROOF_VALIDITY_MS } from "../../lib/auth/gateway-proof";

const SECRET = "a-test-subgraph-secret-of-enough-length-0123456789";
const TOKEN = "identity.token.value";

describe("gateway proofs", () => {
  it("accepts a proof once, for its subgraph, identity token and body only", () => {
    const signer = new GatewayProofSigner(SECRET);
    const verifier = new GatewayProofVerifier(SECRET, "cumberland");
    const proof = signer.prove("cumberland", TOKEN, '{"query":"{a}"}');
    expect(() => verifier.verify(proof, TOKEN, '{"query":"{b}"}')).toThrow(/does not match/);
    expect(() => verifier.verify(proof, "another.token", '{"query":"{a}"}')).toThrow(/does not match/);
    expect(() => new GatewayProofVerifier(SECRET, "shared").verify(proof, TOKEN, '{"query":"{a}"}')).toThrow(/does not match/);
    expect(() => new GatewayProofVerifier("another-secret-of-enough-length-0123456789abc", "cumberland").verify(proof, TOKEN, '{"query":"{a}"}')).toThrow(/does not match/);
    expect(() => verifier.verify(proof, TOKEN, '{"query":"{a}"}')).not.toThrow();
    expect(() => verifier.verify(proof, TOKEN, '{"query":"{a}"}')).toThrow(/already used/);
    for (const malformed of [undefined, "", "x", `${proof}.extra`, proof.replace(/\.[^.]+$/, ".short")]) expect(() => verifier.verify(malformed, TOKEN, "{}")).toThrow(/gateway/);
  });

  it("refuses proofs older (or newer) than the validity window", () => {
    const signer = new GatewayProofSigner(SECRET);
    const verifier = new GatewayProofVerifier(SECRET, "cumberland");
    const now = Date.now();
    expect(() => verifier.verify(signer.prove("cumberland", TOKEN, "b", now - PROOF_VALIDITY_MS - 1), TOKEN, "b", now)).toThrow(/expired/);
    expect(() => verifier.verify(signer.prove("cumberland", TOKEN, "b", now + PROOF_VALIDITY_MS + 1), TOKEN, "b", now)).toThrow(/expired/);
    expect(() => verifier.verify(signer.prove("cumberland", TOKEN, "b", now - PROOF_VALIDITY_MS + 1000), TOKEN, "b", now)).not.toThrow();
  });

  it("stays bounded: past its bound it forgets the oldest nonces and refuses every proof as old as they, so none is replayable", () => {
    const signer = new GatewayProofSigner(SECRET);
    const verifier = new GatewayProofVerifier(SECRET, "cumberland", 3);
    const now = Date.now();
    const proofs = [0, 1, 2, 3, 4].map((step) => signer.prove("cumberland", TOKEN, "b", now + step));
    proofs.forEach((proof, step) => verifier.verify(proof, TOKEN, "b", now + step));
    for (const proof of proofs) expect(() => verifier.verify(proof, TOKEN, "b", now + 10)).toThrow(/already used/);
    expect(() => verifier.verify(signer.prove("cumberland", TOKEN, "b", now + 5), TOKEN, "b", now + 10)).not.toThrow();
    // Expired nonces are forgotten without raising the floor.
    const later = now + PROOF_VALIDITY_MS * 3;
    expect(() => verifier.verify(signer.prove("cumberland", TOKEN, "b", later), TOKEN, "b", later)).not.toThrow();
  });
});
