"""Makes the tiny BERT and MPNet encoders in this folder and their reference vectors.

The vectors are what Hugging Face transformers computes (mean of the last hidden states over real
tokens, unit length) for randomly initialised models with a few hundred words: test_encoder.py
checks that casebrief's numpy forward pass gives the same. Needs torch and transformers, which
casebrief itself does not; run once: python tests/data/encoders/make_tiny.py"""

from __future__ import annotations

import json
import re
from pathlib import Path

import torch
from tokenizers import Tokenizer, decoders, models, normalizers, pre_tokenizers, processors
from transformers import BertConfig, BertModel, MPNetConfig, MPNetModel

HERE = Path(__file__).parent
SENTENCES = [
    "He topped up her phone credit and told her nobody understood her like he did.",
    "The strategy meeting was held online.",
    "A man she met on a gaming site asked her for pictures, then threatened to send the "
    "pictures to her school and her family unless she sent more, and she did not tell "
    "anyone for six weeks because she was frightened and ashamed of what had happened.",
    "Zebra!",
]


def tokenizer(special: list[str], first: str, last: str) -> Tokenizer:
    words = sorted({w for s in SENTENCES for w in re.findall(r"\w+|[^\w\s]", s.lower())})
    pieces = [f"##{c}" for c in "abcdefghijklmnopqrstuvwxyz"]
    vocab = {
        t: i for i, t in enumerate(special + words + list("abcdefghijklmnopqrstuvwxyz") + pieces)
    }
    unk = special[3]
    tok = Tokenizer(models.WordPiece(vocab, unk_token=unk))
    tok.normalizer = normalizers.BertNormalizer(lowercase=True)
    tok.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    tok.post_processor = processors.TemplateProcessing(
        single=f"{first} $A {last}",
        special_tokens=[(first, vocab[first]), (last, vocab[last])],
    )
    tok.decoder = decoders.WordPiece()
    return tok


def make(name: str, model: torch.nn.Module, tok: Tokenizer, pad: int) -> None:
    folder = HERE / name
    folder.mkdir(exist_ok=True)
    with torch.no_grad():
        for p in model.parameters():  # larger than the default init, so every part matters
            p.normal_(0.0, 0.5)
    model.eval().save_pretrained(folder, safe_serialization=True)
    tok.save(str(folder / "tokenizer.json"))
    encoded = [tok.encode(s).ids for s in SENTENCES]
    length = max(map(len, encoded))
    ids = torch.tensor([e + [pad] * (length - len(e)) for e in encoded])
    mask = torch.tensor([[1] * len(e) + [0] * (length - len(e)) for e in encoded])
    with torch.no_grad():
        hidden = model(input_ids=ids, attention_mask=mask).last_hidden_state
    pooled = (hidden * mask[..., None]).sum(1) / mask.sum(1, keepdim=True)
    vectors = torch.nn.functional.normalize(pooled, dim=1)
    (folder / "reference.json").write_text(
        json.dumps({"sentences": SENTENCES, "vectors": vectors.tolist()}, indent=1) + "\n"
    )
    for extra in ("model.safetensors.index.json",):
        (folder / extra).unlink(missing_ok=True)


def main() -> None:
    torch.manual_seed(0)
    bert_tok = tokenizer(["[PAD]", "[CLS]", "[SEP]", "[UNK]"], "[CLS]", "[SEP]")
    bert = BertModel(
        BertConfig(
            vocab_size=bert_tok.get_vocab_size(),
            hidden_size=32,
            num_hidden_layers=2,
            num_attention_heads=4,
            intermediate_size=64,
            max_position_embeddings=160,
            pad_token_id=0,
        ),
        add_pooling_layer=False,
    )
    make("tiny-bert", bert, bert_tok, pad=0)
    mpnet_tok = tokenizer(["<s>", "<pad>", "</s>", "<unk>"], "<s>", "</s>")
    mpnet = MPNetModel(
        MPNetConfig(
            vocab_size=mpnet_tok.get_vocab_size(),
            hidden_size=32,
            num_hidden_layers=2,
            num_attention_heads=4,
            intermediate_size=64,
            max_position_embeddings=160,
            pad_token_id=1,
            relative_attention_num_buckets=32,
            layer_norm_eps=1e-5,
        ),
        add_pooling_layer=False,
    )
    make("tiny-mpnet", mpnet, mpnet_tok, pad=1)


if __name__ == "__main__":
    main()
